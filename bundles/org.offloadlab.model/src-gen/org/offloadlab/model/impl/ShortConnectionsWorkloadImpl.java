/**
 */
package org.offloadlab.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.offloadlab.model.OffloadPackage;
import org.offloadlab.model.ShortConnectionsWorkload;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Short Connections Workload</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.offloadlab.model.impl.ShortConnectionsWorkloadImpl#getRatePerSecond <em>Rate Per Second</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.ShortConnectionsWorkloadImpl#getRequestBytes <em>Request Bytes</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.ShortConnectionsWorkloadImpl#getResponseBytes <em>Response Bytes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ShortConnectionsWorkloadImpl extends WorkloadImpl implements ShortConnectionsWorkload {
	/**
	 * The default value of the '{@link #getRatePerSecond() <em>Rate Per Second</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRatePerSecond()
	 * @generated
	 * @ordered
	 */
	protected static final double RATE_PER_SECOND_EDEFAULT = 1000.0;

	/**
	 * The cached value of the '{@link #getRatePerSecond() <em>Rate Per Second</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRatePerSecond()
	 * @generated
	 * @ordered
	 */
	protected double ratePerSecond = RATE_PER_SECOND_EDEFAULT;

	/**
	 * The default value of the '{@link #getRequestBytes() <em>Request Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequestBytes()
	 * @generated
	 * @ordered
	 */
	protected static final int REQUEST_BYTES_EDEFAULT = 300;

	/**
	 * The cached value of the '{@link #getRequestBytes() <em>Request Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequestBytes()
	 * @generated
	 * @ordered
	 */
	protected int requestBytes = REQUEST_BYTES_EDEFAULT;

	/**
	 * The default value of the '{@link #getResponseBytes() <em>Response Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResponseBytes()
	 * @generated
	 * @ordered
	 */
	protected static final int RESPONSE_BYTES_EDEFAULT = 4000;

	/**
	 * The cached value of the '{@link #getResponseBytes() <em>Response Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResponseBytes()
	 * @generated
	 * @ordered
	 */
	protected int responseBytes = RESPONSE_BYTES_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ShortConnectionsWorkloadImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return OffloadPackage.Literals.SHORT_CONNECTIONS_WORKLOAD;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getRatePerSecond() {
		return ratePerSecond;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRatePerSecond(double newRatePerSecond) {
		double oldRatePerSecond = ratePerSecond;
		ratePerSecond = newRatePerSecond;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.SHORT_CONNECTIONS_WORKLOAD__RATE_PER_SECOND, oldRatePerSecond, ratePerSecond));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRequestBytes() {
		return requestBytes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRequestBytes(int newRequestBytes) {
		int oldRequestBytes = requestBytes;
		requestBytes = newRequestBytes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.SHORT_CONNECTIONS_WORKLOAD__REQUEST_BYTES, oldRequestBytes, requestBytes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getResponseBytes() {
		return responseBytes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResponseBytes(int newResponseBytes) {
		int oldResponseBytes = responseBytes;
		responseBytes = newResponseBytes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.SHORT_CONNECTIONS_WORKLOAD__RESPONSE_BYTES, oldResponseBytes, responseBytes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case OffloadPackage.SHORT_CONNECTIONS_WORKLOAD__RATE_PER_SECOND:
				return getRatePerSecond();
			case OffloadPackage.SHORT_CONNECTIONS_WORKLOAD__REQUEST_BYTES:
				return getRequestBytes();
			case OffloadPackage.SHORT_CONNECTIONS_WORKLOAD__RESPONSE_BYTES:
				return getResponseBytes();
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
			case OffloadPackage.SHORT_CONNECTIONS_WORKLOAD__RATE_PER_SECOND:
				setRatePerSecond((Double)newValue);
				return;
			case OffloadPackage.SHORT_CONNECTIONS_WORKLOAD__REQUEST_BYTES:
				setRequestBytes((Integer)newValue);
				return;
			case OffloadPackage.SHORT_CONNECTIONS_WORKLOAD__RESPONSE_BYTES:
				setResponseBytes((Integer)newValue);
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
			case OffloadPackage.SHORT_CONNECTIONS_WORKLOAD__RATE_PER_SECOND:
				setRatePerSecond(RATE_PER_SECOND_EDEFAULT);
				return;
			case OffloadPackage.SHORT_CONNECTIONS_WORKLOAD__REQUEST_BYTES:
				setRequestBytes(REQUEST_BYTES_EDEFAULT);
				return;
			case OffloadPackage.SHORT_CONNECTIONS_WORKLOAD__RESPONSE_BYTES:
				setResponseBytes(RESPONSE_BYTES_EDEFAULT);
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
			case OffloadPackage.SHORT_CONNECTIONS_WORKLOAD__RATE_PER_SECOND:
				return ratePerSecond != RATE_PER_SECOND_EDEFAULT;
			case OffloadPackage.SHORT_CONNECTIONS_WORKLOAD__REQUEST_BYTES:
				return requestBytes != REQUEST_BYTES_EDEFAULT;
			case OffloadPackage.SHORT_CONNECTIONS_WORKLOAD__RESPONSE_BYTES:
				return responseBytes != RESPONSE_BYTES_EDEFAULT;
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
		result.append(" (ratePerSecond: ");
		result.append(ratePerSecond);
		result.append(", requestBytes: ");
		result.append(requestBytes);
		result.append(", responseBytes: ");
		result.append(responseBytes);
		result.append(')');
		return result.toString();
	}

} //ShortConnectionsWorkloadImpl
