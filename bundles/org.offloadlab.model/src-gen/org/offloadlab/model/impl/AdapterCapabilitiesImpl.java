/**
 */
package org.offloadlab.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.offloadlab.model.AdapterCapabilities;
import org.offloadlab.model.OffloadPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Adapter Capabilities</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.offloadlab.model.impl.AdapterCapabilitiesImpl#getTableCapacity <em>Table Capacity</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.AdapterCapabilitiesImpl#getSynQueueCapacity <em>Syn Queue Capacity</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.AdapterCapabilitiesImpl#isSynCookies <em>Syn Cookies</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.AdapterCapabilitiesImpl#isZeroCopy <em>Zero Copy</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AdapterCapabilitiesImpl extends MinimalEObjectImpl.Container implements AdapterCapabilities {
	/**
	 * The default value of the '{@link #getTableCapacity() <em>Table Capacity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTableCapacity()
	 * @generated
	 * @ordered
	 */
	protected static final int TABLE_CAPACITY_EDEFAULT = 65536;

	/**
	 * The cached value of the '{@link #getTableCapacity() <em>Table Capacity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTableCapacity()
	 * @generated
	 * @ordered
	 */
	protected int tableCapacity = TABLE_CAPACITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getSynQueueCapacity() <em>Syn Queue Capacity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSynQueueCapacity()
	 * @generated
	 * @ordered
	 */
	protected static final int SYN_QUEUE_CAPACITY_EDEFAULT = 1024;

	/**
	 * The cached value of the '{@link #getSynQueueCapacity() <em>Syn Queue Capacity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSynQueueCapacity()
	 * @generated
	 * @ordered
	 */
	protected int synQueueCapacity = SYN_QUEUE_CAPACITY_EDEFAULT;

	/**
	 * The default value of the '{@link #isSynCookies() <em>Syn Cookies</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSynCookies()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SYN_COOKIES_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isSynCookies() <em>Syn Cookies</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSynCookies()
	 * @generated
	 * @ordered
	 */
	protected boolean synCookies = SYN_COOKIES_EDEFAULT;

	/**
	 * The default value of the '{@link #isZeroCopy() <em>Zero Copy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isZeroCopy()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ZERO_COPY_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isZeroCopy() <em>Zero Copy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isZeroCopy()
	 * @generated
	 * @ordered
	 */
	protected boolean zeroCopy = ZERO_COPY_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AdapterCapabilitiesImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return OffloadPackage.Literals.ADAPTER_CAPABILITIES;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getTableCapacity() {
		return tableCapacity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTableCapacity(int newTableCapacity) {
		int oldTableCapacity = tableCapacity;
		tableCapacity = newTableCapacity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.ADAPTER_CAPABILITIES__TABLE_CAPACITY, oldTableCapacity, tableCapacity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSynQueueCapacity() {
		return synQueueCapacity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSynQueueCapacity(int newSynQueueCapacity) {
		int oldSynQueueCapacity = synQueueCapacity;
		synQueueCapacity = newSynQueueCapacity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.ADAPTER_CAPABILITIES__SYN_QUEUE_CAPACITY, oldSynQueueCapacity, synQueueCapacity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSynCookies() {
		return synCookies;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSynCookies(boolean newSynCookies) {
		boolean oldSynCookies = synCookies;
		synCookies = newSynCookies;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.ADAPTER_CAPABILITIES__SYN_COOKIES, oldSynCookies, synCookies));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isZeroCopy() {
		return zeroCopy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setZeroCopy(boolean newZeroCopy) {
		boolean oldZeroCopy = zeroCopy;
		zeroCopy = newZeroCopy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.ADAPTER_CAPABILITIES__ZERO_COPY, oldZeroCopy, zeroCopy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case OffloadPackage.ADAPTER_CAPABILITIES__TABLE_CAPACITY:
				return getTableCapacity();
			case OffloadPackage.ADAPTER_CAPABILITIES__SYN_QUEUE_CAPACITY:
				return getSynQueueCapacity();
			case OffloadPackage.ADAPTER_CAPABILITIES__SYN_COOKIES:
				return isSynCookies();
			case OffloadPackage.ADAPTER_CAPABILITIES__ZERO_COPY:
				return isZeroCopy();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case OffloadPackage.ADAPTER_CAPABILITIES__TABLE_CAPACITY:
				setTableCapacity((Integer)newValue);
				return;
			case OffloadPackage.ADAPTER_CAPABILITIES__SYN_QUEUE_CAPACITY:
				setSynQueueCapacity((Integer)newValue);
				return;
			case OffloadPackage.ADAPTER_CAPABILITIES__SYN_COOKIES:
				setSynCookies((Boolean)newValue);
				return;
			case OffloadPackage.ADAPTER_CAPABILITIES__ZERO_COPY:
				setZeroCopy((Boolean)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case OffloadPackage.ADAPTER_CAPABILITIES__TABLE_CAPACITY:
				setTableCapacity(TABLE_CAPACITY_EDEFAULT);
				return;
			case OffloadPackage.ADAPTER_CAPABILITIES__SYN_QUEUE_CAPACITY:
				setSynQueueCapacity(SYN_QUEUE_CAPACITY_EDEFAULT);
				return;
			case OffloadPackage.ADAPTER_CAPABILITIES__SYN_COOKIES:
				setSynCookies(SYN_COOKIES_EDEFAULT);
				return;
			case OffloadPackage.ADAPTER_CAPABILITIES__ZERO_COPY:
				setZeroCopy(ZERO_COPY_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case OffloadPackage.ADAPTER_CAPABILITIES__TABLE_CAPACITY:
				return tableCapacity != TABLE_CAPACITY_EDEFAULT;
			case OffloadPackage.ADAPTER_CAPABILITIES__SYN_QUEUE_CAPACITY:
				return synQueueCapacity != SYN_QUEUE_CAPACITY_EDEFAULT;
			case OffloadPackage.ADAPTER_CAPABILITIES__SYN_COOKIES:
				return synCookies != SYN_COOKIES_EDEFAULT;
			case OffloadPackage.ADAPTER_CAPABILITIES__ZERO_COPY:
				return zeroCopy != ZERO_COPY_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (tableCapacity: ");
		result.append(tableCapacity);
		result.append(", synQueueCapacity: ");
		result.append(synQueueCapacity);
		result.append(", synCookies: ");
		result.append(synCookies);
		result.append(", zeroCopy: ");
		result.append(zeroCopy);
		result.append(')');
		return result.toString();
	}

} //AdapterCapabilitiesImpl
