/**
 */
package org.offloadlab.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.offloadlab.model.Adapter;
import org.offloadlab.model.FailureMode;
import org.offloadlab.model.FailurePlan;
import org.offloadlab.model.FailureTrigger;
import org.offloadlab.model.OffloadPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Failure Plan</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.offloadlab.model.impl.FailurePlanImpl#getAdapter <em>Adapter</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.FailurePlanImpl#getTrigger <em>Trigger</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.FailurePlanImpl#getAtMillis <em>At Millis</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.FailurePlanImpl#getAtPacket <em>At Packet</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.FailurePlanImpl#getMode <em>Mode</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FailurePlanImpl extends MinimalEObjectImpl.Container implements FailurePlan {
	/**
	 * The cached value of the '{@link #getAdapter() <em>Adapter</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdapter()
	 * @generated
	 * @ordered
	 */
	protected Adapter adapter;

	/**
	 * The default value of the '{@link #getTrigger() <em>Trigger</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrigger()
	 * @generated
	 * @ordered
	 */
	protected static final FailureTrigger TRIGGER_EDEFAULT = FailureTrigger.TIME;

	/**
	 * The cached value of the '{@link #getTrigger() <em>Trigger</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrigger()
	 * @generated
	 * @ordered
	 */
	protected FailureTrigger trigger = TRIGGER_EDEFAULT;

	/**
	 * The default value of the '{@link #getAtMillis() <em>At Millis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAtMillis()
	 * @generated
	 * @ordered
	 */
	protected static final long AT_MILLIS_EDEFAULT = 1000L;

	/**
	 * The cached value of the '{@link #getAtMillis() <em>At Millis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAtMillis()
	 * @generated
	 * @ordered
	 */
	protected long atMillis = AT_MILLIS_EDEFAULT;

	/**
	 * The default value of the '{@link #getAtPacket() <em>At Packet</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAtPacket()
	 * @generated
	 * @ordered
	 */
	protected static final long AT_PACKET_EDEFAULT = 1000L;

	/**
	 * The cached value of the '{@link #getAtPacket() <em>At Packet</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAtPacket()
	 * @generated
	 * @ordered
	 */
	protected long atPacket = AT_PACKET_EDEFAULT;

	/**
	 * The default value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected static final FailureMode MODE_EDEFAULT = FailureMode.CRASH;

	/**
	 * The cached value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected FailureMode mode = MODE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FailurePlanImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return OffloadPackage.Literals.FAILURE_PLAN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Adapter getAdapter() {
		if (adapter != null && adapter.eIsProxy()) {
			InternalEObject oldAdapter = (InternalEObject)adapter;
			adapter = (Adapter)eResolveProxy(oldAdapter);
			if (adapter != oldAdapter) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, OffloadPackage.FAILURE_PLAN__ADAPTER, oldAdapter, adapter));
			}
		}
		return adapter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Adapter basicGetAdapter() {
		return adapter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAdapter(Adapter newAdapter) {
		Adapter oldAdapter = adapter;
		adapter = newAdapter;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.FAILURE_PLAN__ADAPTER, oldAdapter, adapter));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FailureTrigger getTrigger() {
		return trigger;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTrigger(FailureTrigger newTrigger) {
		FailureTrigger oldTrigger = trigger;
		trigger = newTrigger == null ? TRIGGER_EDEFAULT : newTrigger;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.FAILURE_PLAN__TRIGGER, oldTrigger, trigger));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getAtMillis() {
		return atMillis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAtMillis(long newAtMillis) {
		long oldAtMillis = atMillis;
		atMillis = newAtMillis;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.FAILURE_PLAN__AT_MILLIS, oldAtMillis, atMillis));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getAtPacket() {
		return atPacket;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAtPacket(long newAtPacket) {
		long oldAtPacket = atPacket;
		atPacket = newAtPacket;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.FAILURE_PLAN__AT_PACKET, oldAtPacket, atPacket));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FailureMode getMode() {
		return mode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMode(FailureMode newMode) {
		FailureMode oldMode = mode;
		mode = newMode == null ? MODE_EDEFAULT : newMode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.FAILURE_PLAN__MODE, oldMode, mode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case OffloadPackage.FAILURE_PLAN__ADAPTER:
				if (resolve) return getAdapter();
				return basicGetAdapter();
			case OffloadPackage.FAILURE_PLAN__TRIGGER:
				return getTrigger();
			case OffloadPackage.FAILURE_PLAN__AT_MILLIS:
				return getAtMillis();
			case OffloadPackage.FAILURE_PLAN__AT_PACKET:
				return getAtPacket();
			case OffloadPackage.FAILURE_PLAN__MODE:
				return getMode();
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
			case OffloadPackage.FAILURE_PLAN__ADAPTER:
				setAdapter((Adapter)newValue);
				return;
			case OffloadPackage.FAILURE_PLAN__TRIGGER:
				setTrigger((FailureTrigger)newValue);
				return;
			case OffloadPackage.FAILURE_PLAN__AT_MILLIS:
				setAtMillis((Long)newValue);
				return;
			case OffloadPackage.FAILURE_PLAN__AT_PACKET:
				setAtPacket((Long)newValue);
				return;
			case OffloadPackage.FAILURE_PLAN__MODE:
				setMode((FailureMode)newValue);
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
			case OffloadPackage.FAILURE_PLAN__ADAPTER:
				setAdapter((Adapter)null);
				return;
			case OffloadPackage.FAILURE_PLAN__TRIGGER:
				setTrigger(TRIGGER_EDEFAULT);
				return;
			case OffloadPackage.FAILURE_PLAN__AT_MILLIS:
				setAtMillis(AT_MILLIS_EDEFAULT);
				return;
			case OffloadPackage.FAILURE_PLAN__AT_PACKET:
				setAtPacket(AT_PACKET_EDEFAULT);
				return;
			case OffloadPackage.FAILURE_PLAN__MODE:
				setMode(MODE_EDEFAULT);
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
			case OffloadPackage.FAILURE_PLAN__ADAPTER:
				return adapter != null;
			case OffloadPackage.FAILURE_PLAN__TRIGGER:
				return trigger != TRIGGER_EDEFAULT;
			case OffloadPackage.FAILURE_PLAN__AT_MILLIS:
				return atMillis != AT_MILLIS_EDEFAULT;
			case OffloadPackage.FAILURE_PLAN__AT_PACKET:
				return atPacket != AT_PACKET_EDEFAULT;
			case OffloadPackage.FAILURE_PLAN__MODE:
				return mode != MODE_EDEFAULT;
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
		result.append(" (trigger: ");
		result.append(trigger);
		result.append(", atMillis: ");
		result.append(atMillis);
		result.append(", atPacket: ");
		result.append(atPacket);
		result.append(", mode: ");
		result.append(mode);
		result.append(')');
		return result.toString();
	}

} //FailurePlanImpl
