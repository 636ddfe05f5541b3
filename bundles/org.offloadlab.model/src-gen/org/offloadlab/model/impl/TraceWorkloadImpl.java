/**
 */
package org.offloadlab.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.offloadlab.model.OffloadPackage;
import org.offloadlab.model.TraceWorkload;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Trace Workload</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.offloadlab.model.impl.TraceWorkloadImpl#getCapturePath <em>Capture Path</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.TraceWorkloadImpl#getCaptureChecksum <em>Capture Checksum</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TraceWorkloadImpl extends WorkloadImpl implements TraceWorkload {
	/**
	 * The default value of the '{@link #getCapturePath() <em>Capture Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCapturePath()
	 * @generated
	 * @ordered
	 */
	protected static final String CAPTURE_PATH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCapturePath() <em>Capture Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCapturePath()
	 * @generated
	 * @ordered
	 */
	protected String capturePath = CAPTURE_PATH_EDEFAULT;

	/**
	 * The default value of the '{@link #getCaptureChecksum() <em>Capture Checksum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCaptureChecksum()
	 * @generated
	 * @ordered
	 */
	protected static final String CAPTURE_CHECKSUM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCaptureChecksum() <em>Capture Checksum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCaptureChecksum()
	 * @generated
	 * @ordered
	 */
	protected String captureChecksum = CAPTURE_CHECKSUM_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TraceWorkloadImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return OffloadPackage.Literals.TRACE_WORKLOAD;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCapturePath() {
		return capturePath;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCapturePath(String newCapturePath) {
		String oldCapturePath = capturePath;
		capturePath = newCapturePath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.TRACE_WORKLOAD__CAPTURE_PATH, oldCapturePath, capturePath));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCaptureChecksum() {
		return captureChecksum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCaptureChecksum(String newCaptureChecksum) {
		String oldCaptureChecksum = captureChecksum;
		captureChecksum = newCaptureChecksum;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.TRACE_WORKLOAD__CAPTURE_CHECKSUM, oldCaptureChecksum, captureChecksum));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case OffloadPackage.TRACE_WORKLOAD__CAPTURE_PATH:
				return getCapturePath();
			case OffloadPackage.TRACE_WORKLOAD__CAPTURE_CHECKSUM:
				return getCaptureChecksum();
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
			case OffloadPackage.TRACE_WORKLOAD__CAPTURE_PATH:
				setCapturePath((String)newValue);
				return;
			case OffloadPackage.TRACE_WORKLOAD__CAPTURE_CHECKSUM:
				setCaptureChecksum((String)newValue);
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
			case OffloadPackage.TRACE_WORKLOAD__CAPTURE_PATH:
				setCapturePath(CAPTURE_PATH_EDEFAULT);
				return;
			case OffloadPackage.TRACE_WORKLOAD__CAPTURE_CHECKSUM:
				setCaptureChecksum(CAPTURE_CHECKSUM_EDEFAULT);
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
			case OffloadPackage.TRACE_WORKLOAD__CAPTURE_PATH:
				return CAPTURE_PATH_EDEFAULT == null ? capturePath != null : !CAPTURE_PATH_EDEFAULT.equals(capturePath);
			case OffloadPackage.TRACE_WORKLOAD__CAPTURE_CHECKSUM:
				return CAPTURE_CHECKSUM_EDEFAULT == null ? captureChecksum != null : !CAPTURE_CHECKSUM_EDEFAULT.equals(captureChecksum);
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
		result.append(" (capturePath: ");
		result.append(capturePath);
		result.append(", captureChecksum: ");
		result.append(captureChecksum);
		result.append(')');
		return result.toString();
	}

} //TraceWorkloadImpl
