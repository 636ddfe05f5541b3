/**
 */
package org.offloadlab.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Buffer Group Rule</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.offloadlab.model.BufferGroupRule#getAttribute <em>Attribute</em>}</li>
 *   <li>{@link org.offloadlab.model.BufferGroupRule#getValue <em>Value</em>}</li>
 *   <li>{@link org.offloadlab.model.BufferGroupRule#getGroup <em>Group</em>}</li>
 *   <li>{@link org.offloadlab.model.BufferGroupRule#getBuffers <em>Buffers</em>}</li>
 * </ul>
 *
 * @see org.offloadlab.model.OffloadPackage#getBufferGroupRule()
 * @model
 * @generated
 */
public interface BufferGroupRule extends EObject {
	/**
	 * Returns the value of the '<em><b>Attribute</b></em>' attribute.
	 * The literals are from the enumeration {@link org.offloadlab.model.ConnectionAttribute}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Attribute</em>' attribute.
	 * @see org.offloadlab.model.ConnectionAttribute
	 * @see #setAttribute(ConnectionAttribute)
	 * @see org.offloadlab.model.OffloadPackage#getBufferGroupRule_Attribute()
	 * @model
	 * @generated
	 */
	ConnectionAttribute getAttribute();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.BufferGroupRule#getAttribute <em>Attribute</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Attribute</em>' attribute.
	 * @see org.offloadlab.model.ConnectionAttribute
	 * @see #getAttribute()
	 * @generated
	 */
	void setAttribute(ConnectionAttribute value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(String)
	 * @see org.offloadlab.model.OffloadPackage#getBufferGroupRule_Value()
	 * @model required="true"
	 * @generated
	 */
	String getValue();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.BufferGroupRule#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(String value);

	/**
	 * Returns the value of the '<em><b>Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Group</em>' attribute.
	 * @see #setGroup(String)
	 * @see org.offloadlab.model.OffloadPackage#getBufferGroupRule_Group()
	 * @model required="true"
	 * @generated
	 */
	String getGroup();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.BufferGroupRule#getGroup <em>Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Group</em>' attribute.
	 * @see #getGroup()
	 * @generated
	 */
	void setGroup(String value);

	/**
	 * Returns the value of the '<em><b>Buffers</b></em>' attribute.
	 * The default value is <code>"64"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Buffers</em>' attribute.
	 * @see #setBuffers(int)
	 * @see org.offloadlab.model.OffloadPackage#getBufferGroupRule_Buffers()
	 * @model default="64"
	 * @generated
	 */
	int getBuffers();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.BufferGroupRule#getBuffers <em>Buffers</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Buffers</em>' attribute.
	 * @see #getBuffers()
	 * @generated
	 */
	void setBuffers(int value);

} // BufferGroupRule
