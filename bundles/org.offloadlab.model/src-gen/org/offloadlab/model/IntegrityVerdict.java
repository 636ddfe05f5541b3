/**
 */
package org.offloadlab.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Integrity Verdict</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.offloadlab.model.IntegrityVerdict#isOk <em>Ok</em>}</li>
 *   <li>{@link org.offloadlab.model.IntegrityVerdict#getConnections <em>Connections</em>}</li>
 *   <li>{@link org.offloadlab.model.IntegrityVerdict#getBytesLost <em>Bytes Lost</em>}</li>
 *   <li>{@link org.offloadlab.model.IntegrityVerdict#getBytesDuplicated <em>Bytes Duplicated</em>}</li>
 *   <li>{@link org.offloadlab.model.IntegrityVerdict#getBytesReordered <em>Bytes Reordered</em>}</li>
 *   <li>{@link org.offloadlab.model.IntegrityVerdict#getConnectionsReset <em>Connections Reset</em>}</li>
 * </ul>
 *
 * @see org.offloadlab.model.OffloadPackage#getIntegrityVerdict()
 * @model
 * @generated
 */
public interface IntegrityVerdict extends EObject {
	/**
	 * Returns the value of the '<em><b>Ok</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ok</em>' attribute.
	 * @see #setOk(boolean)
	 * @see org.offloadlab.model.OffloadPackage#getIntegrityVerdict_Ok()
	 * @model
	 * @generated
	 */
	boolean isOk();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.IntegrityVerdict#isOk <em>Ok</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ok</em>' attribute.
	 * @see #isOk()
	 * @generated
	 */
	void setOk(boolean value);

	/**
	 * Returns the value of the '<em><b>Connections</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Connections</em>' attribute.
	 * @see #setConnections(long)
	 * @see org.offloadlab.model.OffloadPackage#getIntegrityVerdict_Connections()
	 * @model
	 * @generated
	 */
	long getConnections();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.IntegrityVerdict#getConnections <em>Connections</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Connections</em>' attribute.
	 * @see #getConnections()
	 * @generated
	 */
	void setConnections(long value);

	/**
	 * Returns the value of the '<em><b>Bytes Lost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bytes Lost</em>' attribute.
	 * @see #setBytesLost(long)
	 * @see org.offloadlab.model.OffloadPackage#getIntegrityVerdict_BytesLost()
	 * @model
	 * @generated
	 */
	long getBytesLost();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.IntegrityVerdict#getBytesLost <em>Bytes Lost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bytes Lost</em>' attribute.
	 * @see #getBytesLost()
	 * @generated
	 */
	void setBytesLost(long value);

	/**
	 * Returns the value of the '<em><b>Bytes Duplicated</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bytes Duplicated</em>' attribute.
	 * @see #setBytesDuplicated(long)
	 * @see org.offloadlab.model.OffloadPackage#getIntegrityVerdict_BytesDuplicated()
	 * @model
	 * @generated
	 */
	long getBytesDuplicated();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.IntegrityVerdict#getBytesDuplicated <em>Bytes Duplicated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bytes Duplicated</em>' attribute.
	 * @see #getBytesDuplicated()
	 * @generated
	 */
	void setBytesDuplicated(long value);

	/**
	 * Returns the value of the '<em><b>Bytes Reordered</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bytes Reordered</em>' attribute.
	 * @see #setBytesReordered(long)
	 * @see org.offloadlab.model.OffloadPackage#getIntegrityVerdict_BytesReordered()
	 * @model
	 * @generated
	 */
	long getBytesReordered();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.IntegrityVerdict#getBytesReordered <em>Bytes Reordered</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bytes Reordered</em>' attribute.
	 * @see #getBytesReordered()
	 * @generated
	 */
	void setBytesReordered(long value);

	/**
	 * Returns the value of the '<em><b>Connections Reset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Connections Reset</em>' attribute.
	 * @see #setConnectionsReset(long)
	 * @see org.offloadlab.model.OffloadPackage#getIntegrityVerdict_ConnectionsReset()
	 * @model
	 * @generated
	 */
	long getConnectionsReset();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.IntegrityVerdict#getConnectionsReset <em>Connections Reset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Connections Reset</em>' attribute.
	 * @see #getConnectionsReset()
	 * @generated
	 */
	void setConnectionsReset(long value);

} // IntegrityVerdict
