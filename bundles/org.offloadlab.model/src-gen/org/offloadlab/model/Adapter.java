/**
 */
package org.offloadlab.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Adapter</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.offloadlab.model.Adapter#getName <em>Name</em>}</li>
 *   <li>{@link org.offloadlab.model.Adapter#isSubstitute <em>Substitute</em>}</li>
 *   <li>{@link org.offloadlab.model.Adapter#getCapabilities <em>Capabilities</em>}</li>
 * </ul>
 *
 * @see org.offloadlab.model.OffloadPackage#getAdapter()
 * @model
 * @generated
 */
public interface Adapter extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.offloadlab.model.OffloadPackage#getAdapter_Name()
	 * @model id="true" required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.Adapter#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Substitute</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A standby adapter that takes over the wire when another fails.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Substitute</em>' attribute.
	 * @see #setSubstitute(boolean)
	 * @see org.offloadlab.model.OffloadPackage#getAdapter_Substitute()
	 * @model
	 * @generated
	 */
	boolean isSubstitute();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.Adapter#isSubstitute <em>Substitute</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Substitute</em>' attribute.
	 * @see #isSubstitute()
	 * @generated
	 */
	void setSubstitute(boolean value);

	/**
	 * Returns the value of the '<em><b>Capabilities</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Capabilities</em>' containment reference.
	 * @see #setCapabilities(AdapterCapabilities)
	 * @see org.offloadlab.model.OffloadPackage#getAdapter_Capabilities()
	 * @model containment="true"
	 * @generated
	 */
	AdapterCapabilities getCapabilities();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.Adapter#getCapabilities <em>Capabilities</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Capabilities</em>' containment reference.
	 * @see #getCapabilities()
	 * @generated
	 */
	void setCapabilities(AdapterCapabilities value);

} // Adapter
