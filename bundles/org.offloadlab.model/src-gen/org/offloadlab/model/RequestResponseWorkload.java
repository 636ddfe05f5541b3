/**
 */
package org.offloadlab.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Request Response Workload</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.offloadlab.model.RequestResponseWorkload#getRequestsPerConnection <em>Requests Per Connection</em>}</li>
 *   <li>{@link org.offloadlab.model.RequestResponseWorkload#getRequestBytes <em>Request Bytes</em>}</li>
 *   <li>{@link org.offloadlab.model.RequestResponseWorkload#getResponseBytes <em>Response Bytes</em>}</li>
 *   <li>{@link org.offloadlab.model.RequestResponseWorkload#getThinkTimeMicros <em>Think Time Micros</em>}</li>
 * </ul>
 *
 * @see org.offloadlab.model.OffloadPackage#getRequestResponseWorkload()
 * @model
 * @generated
 */
public interface RequestResponseWorkload extends Workload {
	/**
	 * Returns the value of the '<em><b>Requests Per Connection</b></em>' attribute.
	 * The default value is <code>"10"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Requests Per Connection</em>' attribute.
	 * @see #setRequestsPerConnection(int)
	 * @see org.offloadlab.model.OffloadPackage#getRequestResponseWorkload_RequestsPerConnection()
	 * @model default="10"
	 * @generated
	 */
	int getRequestsPerConnection();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.RequestResponseWorkload#getRequestsPerConnection <em>Requests Per Connection</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Requests Per Connection</em>' attribute.
	 * @see #getRequestsPerConnection()
	 * @generated
	 */
	void setRequestsPerConnection(int value);

	/**
	 * Returns the value of the '<em><b>Request Bytes</b></em>' attribute.
	 * The default value is <code>"200"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Request Bytes</em>' attribute.
	 * @see #setRequestBytes(int)
	 * @see org.offloadlab.model.OffloadPackage#getRequestResponseWorkload_RequestBytes()
	 * @model default="200"
	 * @generated
	 */
	int getRequestBytes();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.RequestResponseWorkload#getRequestBytes <em>Request Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Request Bytes</em>' attribute.
	 * @see #getRequestBytes()
	 * @generated
	 */
	void setRequestBytes(int value);

	/**
	 * Returns the value of the '<em><b>Response Bytes</b></em>' attribute.
	 * The default value is <code>"4000"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Response Bytes</em>' attribute.
	 * @see #setResponseBytes(int)
	 * @see org.offloadlab.model.OffloadPackage#getRequestResponseWorkload_ResponseBytes()
	 * @model default="4000"
	 * @generated
	 */
	int getResponseBytes();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.RequestResponseWorkload#getResponseBytes <em>Response Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Response Bytes</em>' attribute.
	 * @see #getResponseBytes()
	 * @generated
	 */
	void setResponseBytes(int value);

	/**
	 * Returns the value of the '<em><b>Think Time Micros</b></em>' attribute.
	 * The default value is <code>"1000"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Think Time Micros</em>' attribute.
	 * @see #setThinkTimeMicros(long)
	 * @see org.offloadlab.model.OffloadPackage#getRequestResponseWorkload_ThinkTimeMicros()
	 * @model default="1000"
	 * @generated
	 */
	long getThinkTimeMicros();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.RequestResponseWorkload#getThinkTimeMicros <em>Think Time Micros</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Think Time Micros</em>' attribute.
	 * @see #getThinkTimeMicros()
	 * @generated
	 */
	void setThinkTimeMicros(long value);

} // RequestResponseWorkload
