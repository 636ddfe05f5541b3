/**
 */
package org.offloadlab.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Adapter Capabilities</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.offloadlab.model.AdapterCapabilities#getTableCapacity <em>Table Capacity</em>}</li>
 *   <li>{@link org.offloadlab.model.AdapterCapabilities#getSynQueueCapacity <em>Syn Queue Capacity</em>}</li>
 *   <li>{@link org.offloadlab.model.AdapterCapabilities#isSynCookies <em>Syn Cookies</em>}</li>
 *   <li>{@link org.offloadlab.model.AdapterCapabilities#isZeroCopy <em>Zero Copy</em>}</li>
 * </ul>
 *
 * @see org.offloadlab.model.OffloadPackage#getAdapterCapabilities()
 * @model
 * @generated
 */
public interface AdapterCapabilities extends EObject {
	/**
	 * Returns the value of the '<em><b>Table Capacity</b></em>' attribute.
	 * The default value is <code>"65536"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Table Capacity</em>' attribute.
	 * @see #setTableCapacity(int)
	 * @see org.offloadlab.model.OffloadPackage#getAdapterCapabilities_TableCapacity()
	 * @model default="65536"
	 * @generated
	 */
	int getTableCapacity();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.AdapterCapabilities#getTableCapacity <em>Table Capacity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Table Capacity</em>' attribute.
	 * @see #getTableCapacity()
	 * @generated
	 */
	void setTableCapacity(int value);

	/**
	 * Returns the value of the '<em><b>Syn Queue Capacity</b></em>' attribute.
	 * The default value is <code>"1024"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Syn Queue Capacity</em>' attribute.
	 * @see #setSynQueueCapacity(int)
	 * @see org.offloadlab.model.OffloadPackage#getAdapterCapabilities_SynQueueCapacity()
	 * @model default="1024"
	 * @generated
	 */
	int getSynQueueCapacity();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.AdapterCapabilities#getSynQueueCapacity <em>Syn Queue Capacity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Syn Queue Capacity</em>' attribute.
	 * @see #getSynQueueCapacity()
	 * @generated
	 */
	void setSynQueueCapacity(int value);

	/**
	 * Returns the value of the '<em><b>Syn Cookies</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Syn Cookies</em>' attribute.
	 * @see #setSynCookies(boolean)
	 * @see org.offloadlab.model.OffloadPackage#getAdapterCapabilities_SynCookies()
	 * @model default="true"
	 * @generated
	 */
	boolean isSynCookies();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.AdapterCapabilities#isSynCookies <em>Syn Cookies</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Syn Cookies</em>' attribute.
	 * @see #isSynCookies()
	 * @generated
	 */
	void setSynCookies(boolean value);

	/**
	 * Returns the value of the '<em><b>Zero Copy</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Zero Copy</em>' attribute.
	 * @see #setZeroCopy(boolean)
	 * @see org.offloadlab.model.OffloadPackage#getAdapterCapabilities_ZeroCopy()
	 * @model default="true"
	 * @generated
	 */
	boolean isZeroCopy();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.AdapterCapabilities#isZeroCopy <em>Zero Copy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Zero Copy</em>' attribute.
	 * @see #isZeroCopy()
	 * @generated
	 */
	void setZeroCopy(boolean value);

} // AdapterCapabilities
