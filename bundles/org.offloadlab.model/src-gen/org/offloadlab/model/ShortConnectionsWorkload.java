/**
 */
package org.offloadlab.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Short Connections Workload</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.offloadlab.model.ShortConnectionsWorkload#getRatePerSecond <em>Rate Per Second</em>}</li>
 *   <li>{@link org.offloadlab.model.ShortConnectionsWorkload#getRequestBytes <em>Request Bytes</em>}</li>
 *   <li>{@link org.offloadlab.model.ShortConnectionsWorkload#getResponseBytes <em>Response Bytes</em>}</li>
 * </ul>
 *
 * @see org.offloadlab.model.OffloadPackage#getShortConnectionsWorkload()
 * @model
 * @generated
 */
public interface ShortConnectionsWorkload extends Workload {
	/**
	 * Returns the value of the '<em><b>Rate Per Second</b></em>' attribute.
	 * The default value is <code>"1000.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rate Per Second</em>' attribute.
	 * @see #setRatePerSecond(double)
	 * @see org.offloadlab.model.OffloadPackage#getShortConnectionsWorkload_RatePerSecond()
	 * @model default="1000.0"
	 * @generated
	 */
	double getRatePerSecond();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.ShortConnectionsWorkload#getRatePerSecond <em>Rate Per Second</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rate Per Second</em>' attribute.
	 * @see #getRatePerSecond()
	 * @generated
	 */
	void setRatePerSecond(double value);

	/**
	 * Returns the value of the '<em><b>Request Bytes</b></em>' attribute.
	 * The default value is <code>"300"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Request Bytes</em>' attribute.
	 * @see #setRequestBytes(int)
	 * @see org.offloadlab.model.OffloadPackage#getShortConnectionsWorkload_RequestBytes()
	 * @model default="300"
	 * @generated
	 */
	int getRequestBytes();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.ShortConnectionsWorkload#getRequestBytes <em>Request Bytes</em>}' attribute.
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
	 * @see org.offloadlab.model.OffloadPackage#getShortConnectionsWorkload_ResponseBytes()
	 * @model default="4000"
	 * @generated
	 */
	int getResponseBytes();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.ShortConnectionsWorkload#getResponseBytes <em>Response Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Response Bytes</em>' attribute.
	 * @see #getResponseBytes()
	 * @generated
	 */
	void setResponseBytes(int value);

} // ShortConnectionsWorkload
