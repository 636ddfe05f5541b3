/**
 */
package org.offloadlab.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.offloadlab.model.BulkWorkload;
import org.offloadlab.model.OffloadPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Bulk Workload</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.offloadlab.model.impl.BulkWorkloadImpl#getBytesToHost <em>Bytes To Host</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.BulkWorkloadImpl#getBytesFromHost <em>Bytes From Host</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BulkWorkloadImpl extends WorkloadImpl implements BulkWorkload {
	/**
	 * The default value of the '{@link #getBytesToHost() <em>Bytes To Host</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBytesToHost()
	 * @generated
	 * @ordered
	 */
	protected static final long BYTES_TO_HOST_EDEFAULT = 1000000L;

	/**
	 * The cached value of the '{@link #getBytesToHost() <em>Bytes To Host</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBytesToHost()
	 * @generated
	 * @ordered
	 */
	protected long bytesToHost = BYTES_TO_HOST_EDEFAULT;

	/**
	 * The default value of the '{@link #getBytesFromHost() <em>Bytes From Host</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBytesFromHost()
	 * @generated
	 * @ordered
	 */
	protected static final long BYTES_FROM_HOST_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getBytesFromHost() <em>Bytes From Host</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBytesFromHost()
	 * @generated
	 * @ordered
	 */
	protected long bytesFromHost = BYTES_FROM_HOST_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BulkWorkloadImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return OffloadPackage.Literals.BULK_WORKLOAD;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getBytesToHost() {
		return bytesToHost;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBytesToHost(long newBytesToHost) {
		long oldBytesToHost = bytesToHost;
		bytesToHost = newBytesToHost;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.BULK_WORKLOAD__BYTES_TO_HOST, oldBytesToHost, bytesToHost));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getBytesFromHost() {
		return bytesFromHost;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBytesFromHost(long newBytesFromHost) {
		long oldBytesFromHost = bytesFromHost;
		bytesFromHost = newBytesFromHost;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.BULK_WORKLOAD__BYTES_FROM_HOST, oldBytesFromHost, bytesFromHost));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case OffloadPackage.BULK_WORKLOAD__BYTES_TO_HOST:
				return getBytesToHost();
			case OffloadPackage.BULK_WORKLOAD__BYTES_FROM_HOST:
				return getBytesFromHost();
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
			case OffloadPackage.BULK_WORKLOAD__BYTES_TO_HOST:
				setBytesToHost((Long)newValue);
				return;
			case OffloadPackage.BULK_WORKLOAD__BYTES_FROM_HOST:
				setBytesFromHost((Long)newValue);
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
			case OffloadPackage.BULK_WORKLOAD__BYTES_TO_HOST:
				setBytesToHost(BYTES_TO_HOST_EDEFAULT);
				return;
			case OffloadPackage.BULK_WORKLOAD__BYTES_FROM_HOST:
				setBytesFromHost(BYTES_FROM_HOST_EDEFAULT);
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
			case OffloadPackage.BULK_WORKLOAD__BYTES_TO_HOST:
				return bytesToHost != BYTES_TO_HOST_EDEFAULT;
			case OffloadPackage.BULK_WORKLOAD__BYTES_FROM_HOST:
				return bytesFromHost != BYTES_FROM_HOST_EDEFAULT;
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
		result.append(" (bytesToHost: ");
		result.append(bytesToHost);
		result.append(", bytesFromHost: ");
		result.append(bytesFromHost);
		result.append(')');
		return result.toString();
	}

} //BulkWorkloadImpl
