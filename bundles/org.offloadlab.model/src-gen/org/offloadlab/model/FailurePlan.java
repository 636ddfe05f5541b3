/**
 */
package org.offloadlab.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Failure Plan</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.offloadlab.model.FailurePlan#getAdapter <em>Adapter</em>}</li>
 *   <li>{@link org.offloadlab.model.FailurePlan#getTrigger <em>Trigger</em>}</li>
 *   <li>{@link org.offloadlab.model.FailurePlan#getAtMillis <em>At Millis</em>}</li>
 *   <li>{@link org.offloadlab.model.FailurePlan#getAtPacket <em>At Packet</em>}</li>
 *   <li>{@link org.offloadlab.model.FailurePlan#getMode <em>Mode</em>}</li>
 * </ul>
 *
 * @see org.offloadlab.model.OffloadPackage#getFailurePlan()
 * @model
 * @generated
 */
public interface FailurePlan extends EObject {
	/**
	 * Returns the value of the '<em><b>Adapter</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Adapter</em>' reference.
	 * @see #setAdapter(Adapter)
	 * @see org.offloadlab.model.OffloadPackage#getFailurePlan_Adapter()
	 * @model required="true"
	 * @generated
	 */
	Adapter getAdapter();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.FailurePlan#getAdapter <em>Adapter</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Adapter</em>' reference.
	 * @see #getAdapter()
	 * @generated
	 */
	void setAdapter(Adapter value);

	/**
	 * Returns the value of the '<em><b>Trigger</b></em>' attribute.
	 * The literals are from the enumeration {@link org.offloadlab.model.FailureTrigger}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Trigger</em>' attribute.
	 * @see org.offloadlab.model.FailureTrigger
	 * @see #setTrigger(FailureTrigger)
	 * @see org.offloadlab.model.OffloadPackage#getFailurePlan_Trigger()
	 * @model
	 * @generated
	 */
	FailureTrigger getTrigger();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.FailurePlan#getTrigger <em>Trigger</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Trigger</em>' attribute.
	 * @see org.offloadlab.model.FailureTrigger
	 * @see #getTrigger()
	 * @generated
	 */
	void setTrigger(FailureTrigger value);

	/**
	 * Returns the value of the '<em><b>At Millis</b></em>' attribute.
	 * The default value is <code>"1000"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>At Millis</em>' attribute.
	 * @see #setAtMillis(long)
	 * @see org.offloadlab.model.OffloadPackage#getFailurePlan_AtMillis()
	 * @model default="1000"
	 * @generated
	 */
	long getAtMillis();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.FailurePlan#getAtMillis <em>At Millis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>At Millis</em>' attribute.
	 * @see #getAtMillis()
	 * @generated
	 */
	void setAtMillis(long value);

	/**
	 * Returns the value of the '<em><b>At Packet</b></em>' attribute.
	 * The default value is <code>"1000"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>At Packet</em>' attribute.
	 * @see #setAtPacket(long)
	 * @see org.offloadlab.model.OffloadPackage#getFailurePlan_AtPacket()
	 * @model default="1000"
	 * @generated
	 */
	long getAtPacket();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.FailurePlan#getAtPacket <em>At Packet</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>At Packet</em>' attribute.
	 * @see #getAtPacket()
	 * @generated
	 */
	void setAtPacket(long value);

	/**
	 * Returns the value of the '<em><b>Mode</b></em>' attribute.
	 * The literals are from the enumeration {@link org.offloadlab.model.FailureMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mode</em>' attribute.
	 * @see org.offloadlab.model.FailureMode
	 * @see #setMode(FailureMode)
	 * @see org.offloadlab.model.OffloadPackage#getFailurePlan_Mode()
	 * @model
	 * @generated
	 */
	FailureMode getMode();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.FailurePlan#getMode <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mode</em>' attribute.
	 * @see org.offloadlab.model.FailureMode
	 * @see #getMode()
	 * @generated
	 */
	void setMode(FailureMode value);

} // FailurePlan
