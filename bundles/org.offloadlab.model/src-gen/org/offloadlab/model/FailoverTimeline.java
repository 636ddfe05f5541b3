/**
 */
package org.offloadlab.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Failover Timeline</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.offloadlab.model.FailoverTimeline#getAdapter <em>Adapter</em>}</li>
 *   <li>{@link org.offloadlab.model.FailoverTimeline#getMode <em>Mode</em>}</li>
 *   <li>{@link org.offloadlab.model.FailoverTimeline#getRecovery <em>Recovery</em>}</li>
 *   <li>{@link org.offloadlab.model.FailoverTimeline#getFailedAtNanos <em>Failed At Nanos</em>}</li>
 *   <li>{@link org.offloadlab.model.FailoverTimeline#getRecoveredAtNanos <em>Recovered At Nanos</em>}</li>
 *   <li>{@link org.offloadlab.model.FailoverTimeline#getConnectionsRestored <em>Connections Restored</em>}</li>
 *   <li>{@link org.offloadlab.model.FailoverTimeline#getOutcome <em>Outcome</em>}</li>
 * </ul>
 *
 * @see org.offloadlab.model.OffloadPackage#getFailoverTimeline()
 * @model
 * @generated
 */
public interface FailoverTimeline extends EObject {
	/**
	 * Returns the value of the '<em><b>Adapter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Adapter</em>' attribute.
	 * @see #setAdapter(String)
	 * @see org.offloadlab.model.OffloadPackage#getFailoverTimeline_Adapter()
	 * @model
	 * @generated
	 */
	String getAdapter();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.FailoverTimeline#getAdapter <em>Adapter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Adapter</em>' attribute.
	 * @see #getAdapter()
	 * @generated
	 */
	void setAdapter(String value);

	/**
	 * Returns the value of the '<em><b>Mode</b></em>' attribute.
	 * The literals are from the enumeration {@link org.offloadlab.model.FailureMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mode</em>' attribute.
	 * @see org.offloadlab.model.FailureMode
	 * @see #setMode(FailureMode)
	 * @see org.offloadlab.model.OffloadPackage#getFailoverTimeline_Mode()
	 * @model
	 * @generated
	 */
	FailureMode getMode();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.FailoverTimeline#getMode <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mode</em>' attribute.
	 * @see org.offloadlab.model.FailureMode
	 * @see #getMode()
	 * @generated
	 */
	void setMode(FailureMode value);

	/**
	 * Returns the value of the '<em><b>Recovery</b></em>' attribute.
	 * The literals are from the enumeration {@link org.offloadlab.model.RecoveryStrategy}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Recovery</em>' attribute.
	 * @see org.offloadlab.model.RecoveryStrategy
	 * @see #setRecovery(RecoveryStrategy)
	 * @see org.offloadlab.model.OffloadPackage#getFailoverTimeline_Recovery()
	 * @model
	 * @generated
	 */
	RecoveryStrategy getRecovery();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.FailoverTimeline#getRecovery <em>Recovery</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Recovery</em>' attribute.
	 * @see org.offloadlab.model.RecoveryStrategy
	 * @see #getRecovery()
	 * @generated
	 */
	void setRecovery(RecoveryStrategy value);

	/**
	 * Returns the value of the '<em><b>Failed At Nanos</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Failed At Nanos</em>' attribute.
	 * @see #setFailedAtNanos(long)
	 * @see org.offloadlab.model.OffloadPackage#getFailoverTimeline_FailedAtNanos()
	 * @model
	 * @generated
	 */
	long getFailedAtNanos();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.FailoverTimeline#getFailedAtNanos <em>Failed At Nanos</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Failed At Nanos</em>' attribute.
	 * @see #getFailedAtNanos()
	 * @generated
	 */
	void setFailedAtNanos(long value);

	/**
	 * Returns the value of the '<em><b>Recovered At Nanos</b></em>' attribute.
	 * The default value is <code>"-1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Recovered At Nanos</em>' attribute.
	 * @see #setRecoveredAtNanos(long)
	 * @see org.offloadlab.model.OffloadPackage#getFailoverTimeline_RecoveredAtNanos()
	 * @model default="-1"
	 * @generated
	 */
	long getRecoveredAtNanos();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.FailoverTimeline#getRecoveredAtNanos <em>Recovered At Nanos</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Recovered At Nanos</em>' attribute.
	 * @see #getRecoveredAtNanos()
	 * @generated
	 */
	void setRecoveredAtNanos(long value);

	/**
	 * Returns the value of the '<em><b>Connections Restored</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Connections Restored</em>' attribute.
	 * @see #setConnectionsRestored(int)
	 * @see org.offloadlab.model.OffloadPackage#getFailoverTimeline_ConnectionsRestored()
	 * @model
	 * @generated
	 */
	int getConnectionsRestored();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.FailoverTimeline#getConnectionsRestored <em>Connections Restored</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Connections Restored</em>' attribute.
	 * @see #getConnectionsRestored()
	 * @generated
	 */
	void setConnectionsRestored(int value);

	/**
	 * Returns the value of the '<em><b>Outcome</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Outcome</em>' attribute.
	 * @see #setOutcome(String)
	 * @see org.offloadlab.model.OffloadPackage#getFailoverTimeline_Outcome()
	 * @model
	 * @generated
	 */
	String getOutcome();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.FailoverTimeline#getOutcome <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Outcome</em>' attribute.
	 * @see #getOutcome()
	 * @generated
	 */
	void setOutcome(String value);

} // FailoverTimeline
