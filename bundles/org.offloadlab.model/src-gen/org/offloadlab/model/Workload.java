/**
 */
package org.offloadlab.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Workload</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.offloadlab.model.Workload#getPort <em>Port</em>}</li>
 *   <li>{@link org.offloadlab.model.Workload#getConnections <em>Connections</em>}</li>
 * </ul>
 *
 * @see org.offloadlab.model.OffloadPackage#getWorkload()
 * @model abstract="true"
 * @generated
 */
public interface Workload extends EObject {
	/**
	 * Returns the value of the '<em><b>Port</b></em>' attribute.
	 * The default value is <code>"80"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Port</em>' attribute.
	 * @see #setPort(int)
	 * @see org.offloadlab.model.OffloadPackage#getWorkload_Port()
	 * @model default="80"
	 * @generated
	 */
	int getPort();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.Workload#getPort <em>Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Port</em>' attribute.
	 * @see #getPort()
	 * @generated
	 */
	void setPort(int value);

	/**
	 * Returns the value of the '<em><b>Connections</b></em>' attribute.
	 * The default value is <code>"10"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Connections</em>' attribute.
	 * @see #setConnections(int)
	 * @see org.offloadlab.model.OffloadPackage#getWorkload_Connections()
	 * @model default="10"
	 * @generated
	 */
	int getConnections();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.Workload#getConnections <em>Connections</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Connections</em>' attribute.
	 * @see #getConnections()
	 * @generated
	 */
	void setConnections(int value);

} // Workload
