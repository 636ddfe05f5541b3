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
 *   <li>{@link org.offloadlab.model.FailoverTimeline#getDetectedAtNanos <em>Detected At Nanos</em>}</li>
 *   <li>{@link org.offloadlab.model.FailoverTimeline#getBlockedAtNanos <em>Blocked At Nanos</em>}</li>
 *   <li>{@link org.offloadlab.model.FailoverTimeline#getHardStateRecoveredAtNanos <em>Hard State Recovered At Nanos</em>}</li>
 *   <li>{@link org.offloadlab.model.FailoverTimeline#getSubstituteActiveAtNanos <em>Substitute Active At Nanos</em>}</li>
 *   <li>{@link org.offloadlab.model.FailoverTimeline#getResumedAtNanos <em>Resumed At Nanos</em>}</li>
 *   <li>{@link org.offloadlab.model.FailoverTimeline#getFirstSegmentAtNanos <em>First Segment At Nanos</em>}</li>
 *   <li>{@link org.offloadlab.model.FailoverTimeline#getSoftStateConvergedAtNanos <em>Soft State Converged At Nanos</em>}</li>
 *   <li>{@link org.offloadlab.model.FailoverTimeline#getSubstitute <em>Substitute</em>}</li>
 *   <li>{@link org.offloadlab.model.FailoverTimeline#getBlackoutP50Nanos <em>Blackout P50 Nanos</em>}</li>
 *   <li>{@link org.offloadlab.model.FailoverTimeline#getBlackoutP99Nanos <em>Blackout P99 Nanos</em>}</li>
 *   <li>{@link org.offloadlab.model.FailoverTimeline#getBlackoutMaxNanos <em>Blackout Max Nanos</em>}</li>
 *   <li>{@link org.offloadlab.model.FailoverTimeline#getBytesRetransmitted <em>Bytes Retransmitted</em>}</li>
 *   <li>{@link org.offloadlab.model.FailoverTimeline#getConnectionsLost <em>Connections Lost</em>}</li>
 *   <li>{@link org.offloadlab.model.FailoverTimeline#getUnnotifiedConnections <em>Unnotified Connections</em>}</li>
 *   <li>{@link org.offloadlab.model.FailoverTimeline#getBlackoutConnectionIds <em>Blackout Connection Ids</em>}</li>
 *   <li>{@link org.offloadlab.model.FailoverTimeline#getBlackoutNanos <em>Blackout Nanos</em>}</li>
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

	/**
	 * Returns the value of the '<em><b>Detected At Nanos</b></em>' attribute.
	 * The default value is <code>"-1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the failure was detected. Virtual nanoseconds; -1 = did not happen.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Detected At Nanos</em>' attribute.
	 * @see #setDetectedAtNanos(long)
	 * @see org.offloadlab.model.OffloadPackage#getFailoverTimeline_DetectedAtNanos()
	 * @model default="-1"
	 * @generated
	 */
	long getDetectedAtNanos();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.FailoverTimeline#getDetectedAtNanos <em>Detected At Nanos</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Detected At Nanos</em>' attribute.
	 * @see #getDetectedAtNanos()
	 * @generated
	 */
	void setDetectedAtNanos(long value);

	/**
	 * Returns the value of the '<em><b>Blocked At Nanos</b></em>' attribute.
	 * The default value is <code>"-1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the host stopped posting to the failed adapter. Virtual nanoseconds; -1 = did not happen.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Blocked At Nanos</em>' attribute.
	 * @see #setBlockedAtNanos(long)
	 * @see org.offloadlab.model.OffloadPackage#getFailoverTimeline_BlockedAtNanos()
	 * @model default="-1"
	 * @generated
	 */
	long getBlockedAtNanos();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.FailoverTimeline#getBlockedAtNanos <em>Blocked At Nanos</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Blocked At Nanos</em>' attribute.
	 * @see #getBlockedAtNanos()
	 * @generated
	 */
	void setBlockedAtNanos(long value);

	/**
	 * Returns the value of the '<em><b>Hard State Recovered At Nanos</b></em>' attribute.
	 * The default value is <code>"-1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When every connection's hard state was restored on the substitute. Virtual nanoseconds; -1 = did not happen.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hard State Recovered At Nanos</em>' attribute.
	 * @see #setHardStateRecoveredAtNanos(long)
	 * @see org.offloadlab.model.OffloadPackage#getFailoverTimeline_HardStateRecoveredAtNanos()
	 * @model default="-1"
	 * @generated
	 */
	long getHardStateRecoveredAtNanos();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.FailoverTimeline#getHardStateRecoveredAtNanos <em>Hard State Recovered At Nanos</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hard State Recovered At Nanos</em>' attribute.
	 * @see #getHardStateRecoveredAtNanos()
	 * @generated
	 */
	void setHardStateRecoveredAtNanos(long value);

	/**
	 * Returns the value of the '<em><b>Substitute Active At Nanos</b></em>' attribute.
	 * The default value is <code>"-1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the substitute adapter took over the wire. Virtual nanoseconds; -1 = did not happen.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Substitute Active At Nanos</em>' attribute.
	 * @see #setSubstituteActiveAtNanos(long)
	 * @see org.offloadlab.model.OffloadPackage#getFailoverTimeline_SubstituteActiveAtNanos()
	 * @model default="-1"
	 * @generated
	 */
	long getSubstituteActiveAtNanos();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.FailoverTimeline#getSubstituteActiveAtNanos <em>Substitute Active At Nanos</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Substitute Active At Nanos</em>' attribute.
	 * @see #getSubstituteActiveAtNanos()
	 * @generated
	 */
	void setSubstituteActiveAtNanos(long value);

	/**
	 * Returns the value of the '<em><b>Resumed At Nanos</b></em>' attribute.
	 * The default value is <code>"-1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the host resumed posting commands for the recovered connections. Virtual nanoseconds; -1 = did not happen.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Resumed At Nanos</em>' attribute.
	 * @see #setResumedAtNanos(long)
	 * @see org.offloadlab.model.OffloadPackage#getFailoverTimeline_ResumedAtNanos()
	 * @model default="-1"
	 * @generated
	 */
	long getResumedAtNanos();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.FailoverTimeline#getResumedAtNanos <em>Resumed At Nanos</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resumed At Nanos</em>' attribute.
	 * @see #getResumedAtNanos()
	 * @generated
	 */
	void setResumedAtNanos(long value);

	/**
	 * Returns the value of the '<em><b>First Segment At Nanos</b></em>' attribute.
	 * The default value is <code>"-1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the first segment of a recovered connection crossed the wire. Virtual nanoseconds; -1 = did not happen.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>First Segment At Nanos</em>' attribute.
	 * @see #setFirstSegmentAtNanos(long)
	 * @see org.offloadlab.model.OffloadPackage#getFailoverTimeline_FirstSegmentAtNanos()
	 * @model default="-1"
	 * @generated
	 */
	long getFirstSegmentAtNanos();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.FailoverTimeline#getFirstSegmentAtNanos <em>First Segment At Nanos</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>First Segment At Nanos</em>' attribute.
	 * @see #getFirstSegmentAtNanos()
	 * @generated
	 */
	void setFirstSegmentAtNanos(long value);

	/**
	 * Returns the value of the '<em><b>Soft State Converged At Nanos</b></em>' attribute.
	 * The default value is <code>"-1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the recovered connections' soft state (RTT, cwnd) had converged again. Virtual nanoseconds; -1 = did not happen.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Soft State Converged At Nanos</em>' attribute.
	 * @see #setSoftStateConvergedAtNanos(long)
	 * @see org.offloadlab.model.OffloadPackage#getFailoverTimeline_SoftStateConvergedAtNanos()
	 * @model default="-1"
	 * @generated
	 */
	long getSoftStateConvergedAtNanos();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.FailoverTimeline#getSoftStateConvergedAtNanos <em>Soft State Converged At Nanos</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Soft State Converged At Nanos</em>' attribute.
	 * @see #getSoftStateConvergedAtNanos()
	 * @generated
	 */
	void setSoftStateConvergedAtNanos(long value);

	/**
	 * Returns the value of the '<em><b>Substitute</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The name of the adapter that took over, or null.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Substitute</em>' attribute.
	 * @see #setSubstitute(String)
	 * @see org.offloadlab.model.OffloadPackage#getFailoverTimeline_Substitute()
	 * @model
	 * @generated
	 */
	String getSubstitute();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.FailoverTimeline#getSubstitute <em>Substitute</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Substitute</em>' attribute.
	 * @see #getSubstitute()
	 * @generated
	 */
	void setSubstitute(String value);

	/**
	 * Returns the value of the '<em><b>Blackout P50 Nanos</b></em>' attribute.
	 * The default value is <code>"-1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Blackout P50 Nanos</em>' attribute.
	 * @see #setBlackoutP50Nanos(long)
	 * @see org.offloadlab.model.OffloadPackage#getFailoverTimeline_BlackoutP50Nanos()
	 * @model default="-1"
	 * @generated
	 */
	long getBlackoutP50Nanos();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.FailoverTimeline#getBlackoutP50Nanos <em>Blackout P50 Nanos</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Blackout P50 Nanos</em>' attribute.
	 * @see #getBlackoutP50Nanos()
	 * @generated
	 */
	void setBlackoutP50Nanos(long value);

	/**
	 * Returns the value of the '<em><b>Blackout P99 Nanos</b></em>' attribute.
	 * The default value is <code>"-1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Blackout P99 Nanos</em>' attribute.
	 * @see #setBlackoutP99Nanos(long)
	 * @see org.offloadlab.model.OffloadPackage#getFailoverTimeline_BlackoutP99Nanos()
	 * @model default="-1"
	 * @generated
	 */
	long getBlackoutP99Nanos();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.FailoverTimeline#getBlackoutP99Nanos <em>Blackout P99 Nanos</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Blackout P99 Nanos</em>' attribute.
	 * @see #getBlackoutP99Nanos()
	 * @generated
	 */
	void setBlackoutP99Nanos(long value);

	/**
	 * Returns the value of the '<em><b>Blackout Max Nanos</b></em>' attribute.
	 * The default value is <code>"-1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Blackout Max Nanos</em>' attribute.
	 * @see #setBlackoutMaxNanos(long)
	 * @see org.offloadlab.model.OffloadPackage#getFailoverTimeline_BlackoutMaxNanos()
	 * @model default="-1"
	 * @generated
	 */
	long getBlackoutMaxNanos();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.FailoverTimeline#getBlackoutMaxNanos <em>Blackout Max Nanos</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Blackout Max Nanos</em>' attribute.
	 * @see #getBlackoutMaxNanos()
	 * @generated
	 */
	void setBlackoutMaxNanos(long value);

	/**
	 * Returns the value of the '<em><b>Bytes Retransmitted</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bytes Retransmitted</em>' attribute.
	 * @see #setBytesRetransmitted(long)
	 * @see org.offloadlab.model.OffloadPackage#getFailoverTimeline_BytesRetransmitted()
	 * @model default="0"
	 * @generated
	 */
	long getBytesRetransmitted();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.FailoverTimeline#getBytesRetransmitted <em>Bytes Retransmitted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bytes Retransmitted</em>' attribute.
	 * @see #getBytesRetransmitted()
	 * @generated
	 */
	void setBytesRetransmitted(long value);

	/**
	 * Returns the value of the '<em><b>Connections Lost</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Connections Lost</em>' attribute.
	 * @see #setConnectionsLost(int)
	 * @see org.offloadlab.model.OffloadPackage#getFailoverTimeline_ConnectionsLost()
	 * @model default="0"
	 * @generated
	 */
	int getConnectionsLost();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.FailoverTimeline#getConnectionsLost <em>Connections Lost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Connections Lost</em>' attribute.
	 * @see #getConnectionsLost()
	 * @generated
	 */
	void setConnectionsLost(int value);

	/**
	 * Returns the value of the '<em><b>Unnotified Connections</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Connections the adapter established but never reported to the host before it failed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unnotified Connections</em>' attribute.
	 * @see #setUnnotifiedConnections(int)
	 * @see org.offloadlab.model.OffloadPackage#getFailoverTimeline_UnnotifiedConnections()
	 * @model default="0"
	 * @generated
	 */
	int getUnnotifiedConnections();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.FailoverTimeline#getUnnotifiedConnections <em>Unnotified Connections</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unnotified Connections</em>' attribute.
	 * @see #getUnnotifiedConnections()
	 * @generated
	 */
	void setUnnotifiedConnections(int value);

	/**
	 * Returns the value of the '<em><b>Blackout Connection Ids</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Per-connection blackout, compact: the connection ids, parallel to blackoutNanos.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Blackout Connection Ids</em>' attribute.
	 * @see #setBlackoutConnectionIds(IntArray)
	 * @see org.offloadlab.model.OffloadPackage#getFailoverTimeline_BlackoutConnectionIds()
	 * @model dataType="org.offloadlab.model.IntArray"
	 * @generated
	 */
	IntArray getBlackoutConnectionIds();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.FailoverTimeline#getBlackoutConnectionIds <em>Blackout Connection Ids</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Blackout Connection Ids</em>' attribute.
	 * @see #getBlackoutConnectionIds()
	 * @generated
	 */
	void setBlackoutConnectionIds(IntArray value);

	/**
	 * Returns the value of the '<em><b>Blackout Nanos</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Per-connection blackout in nanoseconds, parallel to blackoutConnectionIds.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Blackout Nanos</em>' attribute.
	 * @see #setBlackoutNanos(LongArray)
	 * @see org.offloadlab.model.OffloadPackage#getFailoverTimeline_BlackoutNanos()
	 * @model dataType="org.offloadlab.model.LongArray"
	 * @generated
	 */
	LongArray getBlackoutNanos();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.FailoverTimeline#getBlackoutNanos <em>Blackout Nanos</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Blackout Nanos</em>' attribute.
	 * @see #getBlackoutNanos()
	 * @generated
	 */
	void setBlackoutNanos(LongArray value);

} // FailoverTimeline
