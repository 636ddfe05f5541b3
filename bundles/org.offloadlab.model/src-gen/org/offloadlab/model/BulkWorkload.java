/**
 */
package org.offloadlab.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Bulk Workload</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.offloadlab.model.BulkWorkload#getBytesToHost <em>Bytes To Host</em>}</li>
 *   <li>{@link org.offloadlab.model.BulkWorkload#getBytesFromHost <em>Bytes From Host</em>}</li>
 * </ul>
 *
 * @see org.offloadlab.model.OffloadPackage#getBulkWorkload()
 * @model
 * @generated
 */
public interface BulkWorkload extends Workload {
	/**
	 * Returns the value of the '<em><b>Bytes To Host</b></em>' attribute.
	 * The default value is <code>"1000000"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bytes To Host</em>' attribute.
	 * @see #setBytesToHost(long)
	 * @see org.offloadlab.model.OffloadPackage#getBulkWorkload_BytesToHost()
	 * @model default="1000000"
	 * @generated
	 */
	long getBytesToHost();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.BulkWorkload#getBytesToHost <em>Bytes To Host</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bytes To Host</em>' attribute.
	 * @see #getBytesToHost()
	 * @generated
	 */
	void setBytesToHost(long value);

	/**
	 * Returns the value of the '<em><b>Bytes From Host</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bytes From Host</em>' attribute.
	 * @see #setBytesFromHost(long)
	 * @see org.offloadlab.model.OffloadPackage#getBulkWorkload_BytesFromHost()
	 * @model default="0"
	 * @generated
	 */
	long getBytesFromHost();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.BulkWorkload#getBytesFromHost <em>Bytes From Host</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bytes From Host</em>' attribute.
	 * @see #getBytesFromHost()
	 * @generated
	 */
	void setBytesFromHost(long value);

} // BulkWorkload
