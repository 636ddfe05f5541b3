/**
 */
package org.offloadlab.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.offloadlab.model.OffloadPackage;
import org.offloadlab.model.RequestResponseWorkload;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Request Response Workload</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.offloadlab.model.impl.RequestResponseWorkloadImpl#getRequestsPerConnection <em>Requests Per Connection</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.RequestResponseWorkloadImpl#getRequestBytes <em>Request Bytes</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.RequestResponseWorkloadImpl#getResponseBytes <em>Response Bytes</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.RequestResponseWorkloadImpl#getThinkTimeMicros <em>Think Time Micros</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RequestResponseWorkloadImpl extends WorkloadImpl implements RequestResponseWorkload {
	/**
	 * The default value of the '{@link #getRequestsPerConnection() <em>Requests Per Connection</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequestsPerConnection()
	 * @generated
	 * @ordered
	 */
	protected static final int REQUESTS_PER_CONNECTION_EDEFAULT = 10;

	/**
	 * The cached value of the '{@link #getRequestsPerConnection() <em>Requests Per Connection</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequestsPerConnection()
	 * @generated
	 * @ordered
	 */
	protected int requestsPerConnection = REQUESTS_PER_CONNECTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getRequestBytes() <em>Request Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequestBytes()
	 * @generated
	 * @ordered
	 */
	protected static final int REQUEST_BYTES_EDEFAULT = 200;

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
	 * The default value of the '{@link #getThinkTimeMicros() <em>Think Time Micros</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThinkTimeMicros()
	 * @generated
	 * @ordered
	 */
	protected static final long THINK_TIME_MICROS_EDEFAULT = 1000L;

	/**
	 * The cached value of the '{@link #getThinkTimeMicros() <em>Think Time Micros</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThinkTimeMicros()
	 * @generated
	 * @ordered
	 */
	protected long thinkTimeMicros = THINK_TIME_MICROS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RequestResponseWorkloadImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return OffloadPackage.Literals.REQUEST_RESPONSE_WORKLOAD;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRequestsPerConnection() {
		return requestsPerConnection;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRequestsPerConnection(int newRequestsPerConnection) {
		int oldRequestsPerConnection = requestsPerConnection;
		requestsPerConnection = newRequestsPerConnection;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.REQUEST_RESPONSE_WORKLOAD__REQUESTS_PER_CONNECTION, oldRequestsPerConnection, requestsPerConnection));
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
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.REQUEST_RESPONSE_WORKLOAD__REQUEST_BYTES, oldRequestBytes, requestBytes));
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
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.REQUEST_RESPONSE_WORKLOAD__RESPONSE_BYTES, oldResponseBytes, responseBytes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getThinkTimeMicros() {
		return thinkTimeMicros;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setThinkTimeMicros(long newThinkTimeMicros) {
		long oldThinkTimeMicros = thinkTimeMicros;
		thinkTimeMicros = newThinkTimeMicros;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.REQUEST_RESPONSE_WORKLOAD__THINK_TIME_MICROS, oldThinkTimeMicros, thinkTimeMicros));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case OffloadPackage.REQUEST_RESPONSE_WORKLOAD__REQUESTS_PER_CONNECTION:
				return getRequestsPerConnection();
			case OffloadPackage.REQUEST_RESPONSE_WORKLOAD__REQUEST_BYTES:
				return getRequestBytes();
			case OffloadPackage.REQUEST_RESPONSE_WORKLOAD__RESPONSE_BYTES:
				return getResponseBytes();
			case OffloadPackage.REQUEST_RESPONSE_WORKLOAD__THINK_TIME_MICROS:
				return getThinkTimeMicros();
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
			case OffloadPackage.REQUEST_RESPONSE_WORKLOAD__REQUESTS_PER_CONNECTION:
				setRequestsPerConnection((Integer)newValue);
				return;
			case OffloadPackage.REQUEST_RESPONSE_WORKLOAD__REQUEST_BYTES:
				setRequestBytes((Integer)newValue);
				return;
			case OffloadPackage.REQUEST_RESPONSE_WORKLOAD__RESPONSE_BYTES:
				setResponseBytes((Integer)newValue);
				return;
			case OffloadPackage.REQUEST_RESPONSE_WORKLOAD__THINK_TIME_MICROS:
				setThinkTimeMicros((Long)newValue);
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
			case OffloadPackage.REQUEST_RESPONSE_WORKLOAD__REQUESTS_PER_CONNECTION:
				setRequestsPerConnection(REQUESTS_PER_CONNECTION_EDEFAULT);
				return;
			case OffloadPackage.REQUEST_RESPONSE_WORKLOAD__REQUEST_BYTES:
				setRequestBytes(REQUEST_BYTES_EDEFAULT);
				return;
			case OffloadPackage.REQUEST_RESPONSE_WORKLOAD__RESPONSE_BYTES:
				setResponseBytes(RESPONSE_BYTES_EDEFAULT);
				return;
			case OffloadPackage.REQUEST_RESPONSE_WORKLOAD__THINK_TIME_MICROS:
				setThinkTimeMicros(THINK_TIME_MICROS_EDEFAULT);
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
			case OffloadPackage.REQUEST_RESPONSE_WORKLOAD__REQUESTS_PER_CONNECTION:
				return requestsPerConnection != REQUESTS_PER_CONNECTION_EDEFAULT;
			case OffloadPackage.REQUEST_RESPONSE_WORKLOAD__REQUEST_BYTES:
				return requestBytes != REQUEST_BYTES_EDEFAULT;
			case OffloadPackage.REQUEST_RESPONSE_WORKLOAD__RESPONSE_BYTES:
				return responseBytes != RESPONSE_BYTES_EDEFAULT;
			case OffloadPackage.REQUEST_RESPONSE_WORKLOAD__THINK_TIME_MICROS:
				return thinkTimeMicros != THINK_TIME_MICROS_EDEFAULT;
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
		result.append(" (requestsPerConnection: ");
		result.append(requestsPerConnection);
		result.append(", requestBytes: ");
		result.append(requestBytes);
		result.append(", responseBytes: ");
		result.append(responseBytes);
		result.append(", thinkTimeMicros: ");
		result.append(thinkTimeMicros);
		result.append(')');
		return result.toString();
	}

} //RequestResponseWorkloadImpl
