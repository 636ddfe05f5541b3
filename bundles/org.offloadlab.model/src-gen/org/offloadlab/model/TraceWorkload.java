/**
 */
package org.offloadlab.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Trace Workload</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.offloadlab.model.TraceWorkload#getCapturePath <em>Capture Path</em>}</li>
 *   <li>{@link org.offloadlab.model.TraceWorkload#getCaptureChecksum <em>Capture Checksum</em>}</li>
 * </ul>
 *
 * @see org.offloadlab.model.OffloadPackage#getTraceWorkload()
 * @model
 * @generated
 */
public interface TraceWorkload extends Workload {
	/**
	 * Returns the value of the '<em><b>Capture Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Capture Path</em>' attribute.
	 * @see #setCapturePath(String)
	 * @see org.offloadlab.model.OffloadPackage#getTraceWorkload_CapturePath()
	 * @model required="true"
	 * @generated
	 */
	String getCapturePath();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.TraceWorkload#getCapturePath <em>Capture Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Capture Path</em>' attribute.
	 * @see #getCapturePath()
	 * @generated
	 */
	void setCapturePath(String value);

	/**
	 * Returns the value of the '<em><b>Capture Checksum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Capture Checksum</em>' attribute.
	 * @see #setCaptureChecksum(String)
	 * @see org.offloadlab.model.OffloadPackage#getTraceWorkload_CaptureChecksum()
	 * @model
	 * @generated
	 */
	String getCaptureChecksum();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.TraceWorkload#getCaptureChecksum <em>Capture Checksum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Capture Checksum</em>' attribute.
	 * @see #getCaptureChecksum()
	 * @generated
	 */
	void setCaptureChecksum(String value);

} // TraceWorkload
