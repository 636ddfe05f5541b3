/**
 */
package org.offloadlab.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.offloadlab.model.FailoverTimeline;
import org.offloadlab.model.FailureMode;
import org.offloadlab.model.IntArray;
import org.offloadlab.model.LongArray;
import org.offloadlab.model.OffloadPackage;
import org.offloadlab.model.RecoveryStrategy;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Failover Timeline</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.offloadlab.model.impl.FailoverTimelineImpl#getAdapter <em>Adapter</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.FailoverTimelineImpl#getMode <em>Mode</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.FailoverTimelineImpl#getRecovery <em>Recovery</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.FailoverTimelineImpl#getFailedAtNanos <em>Failed At Nanos</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.FailoverTimelineImpl#getRecoveredAtNanos <em>Recovered At Nanos</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.FailoverTimelineImpl#getConnectionsRestored <em>Connections Restored</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.FailoverTimelineImpl#getOutcome <em>Outcome</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.FailoverTimelineImpl#getDetectedAtNanos <em>Detected At Nanos</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.FailoverTimelineImpl#getBlockedAtNanos <em>Blocked At Nanos</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.FailoverTimelineImpl#getHardStateRecoveredAtNanos <em>Hard State Recovered At Nanos</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.FailoverTimelineImpl#getSubstituteActiveAtNanos <em>Substitute Active At Nanos</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.FailoverTimelineImpl#getResumedAtNanos <em>Resumed At Nanos</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.FailoverTimelineImpl#getFirstSegmentAtNanos <em>First Segment At Nanos</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.FailoverTimelineImpl#getSoftStateConvergedAtNanos <em>Soft State Converged At Nanos</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.FailoverTimelineImpl#getSubstitute <em>Substitute</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.FailoverTimelineImpl#getBlackoutP50Nanos <em>Blackout P50 Nanos</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.FailoverTimelineImpl#getBlackoutP99Nanos <em>Blackout P99 Nanos</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.FailoverTimelineImpl#getBlackoutMaxNanos <em>Blackout Max Nanos</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.FailoverTimelineImpl#getBytesRetransmitted <em>Bytes Retransmitted</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.FailoverTimelineImpl#getConnectionsLost <em>Connections Lost</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.FailoverTimelineImpl#getUnnotifiedConnections <em>Unnotified Connections</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.FailoverTimelineImpl#getBlackoutConnectionIds <em>Blackout Connection Ids</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.FailoverTimelineImpl#getBlackoutNanos <em>Blackout Nanos</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FailoverTimelineImpl extends MinimalEObjectImpl.Container implements FailoverTimeline {
	/**
	 * The default value of the '{@link #getAdapter() <em>Adapter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdapter()
	 * @generated
	 * @ordered
	 */
	protected static final String ADAPTER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAdapter() <em>Adapter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdapter()
	 * @generated
	 * @ordered
	 */
	protected String adapter = ADAPTER_EDEFAULT;

	/**
	 * The default value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected static final FailureMode MODE_EDEFAULT = FailureMode.CRASH;

	/**
	 * The cached value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected FailureMode mode = MODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getRecovery() <em>Recovery</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecovery()
	 * @generated
	 * @ordered
	 */
	protected static final RecoveryStrategy RECOVERY_EDEFAULT = RecoveryStrategy.HARD_STATE;

	/**
	 * The cached value of the '{@link #getRecovery() <em>Recovery</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecovery()
	 * @generated
	 * @ordered
	 */
	protected RecoveryStrategy recovery = RECOVERY_EDEFAULT;

	/**
	 * The default value of the '{@link #getFailedAtNanos() <em>Failed At Nanos</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFailedAtNanos()
	 * @generated
	 * @ordered
	 */
	protected static final long FAILED_AT_NANOS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getFailedAtNanos() <em>Failed At Nanos</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFailedAtNanos()
	 * @generated
	 * @ordered
	 */
	protected long failedAtNanos = FAILED_AT_NANOS_EDEFAULT;

	/**
	 * The default value of the '{@link #getRecoveredAtNanos() <em>Recovered At Nanos</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecoveredAtNanos()
	 * @generated
	 * @ordered
	 */
	protected static final long RECOVERED_AT_NANOS_EDEFAULT = -1L;

	/**
	 * The cached value of the '{@link #getRecoveredAtNanos() <em>Recovered At Nanos</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecoveredAtNanos()
	 * @generated
	 * @ordered
	 */
	protected long recoveredAtNanos = RECOVERED_AT_NANOS_EDEFAULT;

	/**
	 * The default value of the '{@link #getConnectionsRestored() <em>Connections Restored</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConnectionsRestored()
	 * @generated
	 * @ordered
	 */
	protected static final int CONNECTIONS_RESTORED_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getConnectionsRestored() <em>Connections Restored</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConnectionsRestored()
	 * @generated
	 * @ordered
	 */
	protected int connectionsRestored = CONNECTIONS_RESTORED_EDEFAULT;

	/**
	 * The default value of the '{@link #getOutcome() <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcome()
	 * @generated
	 * @ordered
	 */
	protected static final String OUTCOME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOutcome() <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcome()
	 * @generated
	 * @ordered
	 */
	protected String outcome = OUTCOME_EDEFAULT;

	/**
	 * The default value of the '{@link #getDetectedAtNanos() <em>Detected At Nanos</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDetectedAtNanos()
	 * @generated
	 * @ordered
	 */
	protected static final long DETECTED_AT_NANOS_EDEFAULT = -1L;

	/**
	 * The cached value of the '{@link #getDetectedAtNanos() <em>Detected At Nanos</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDetectedAtNanos()
	 * @generated
	 * @ordered
	 */
	protected long detectedAtNanos = DETECTED_AT_NANOS_EDEFAULT;

	/**
	 * The default value of the '{@link #getBlockedAtNanos() <em>Blocked At Nanos</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBlockedAtNanos()
	 * @generated
	 * @ordered
	 */
	protected static final long BLOCKED_AT_NANOS_EDEFAULT = -1L;

	/**
	 * The cached value of the '{@link #getBlockedAtNanos() <em>Blocked At Nanos</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBlockedAtNanos()
	 * @generated
	 * @ordered
	 */
	protected long blockedAtNanos = BLOCKED_AT_NANOS_EDEFAULT;

	/**
	 * The default value of the '{@link #getHardStateRecoveredAtNanos() <em>Hard State Recovered At Nanos</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHardStateRecoveredAtNanos()
	 * @generated
	 * @ordered
	 */
	protected static final long HARD_STATE_RECOVERED_AT_NANOS_EDEFAULT = -1L;

	/**
	 * The cached value of the '{@link #getHardStateRecoveredAtNanos() <em>Hard State Recovered At Nanos</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHardStateRecoveredAtNanos()
	 * @generated
	 * @ordered
	 */
	protected long hardStateRecoveredAtNanos = HARD_STATE_RECOVERED_AT_NANOS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSubstituteActiveAtNanos() <em>Substitute Active At Nanos</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubstituteActiveAtNanos()
	 * @generated
	 * @ordered
	 */
	protected static final long SUBSTITUTE_ACTIVE_AT_NANOS_EDEFAULT = -1L;

	/**
	 * The cached value of the '{@link #getSubstituteActiveAtNanos() <em>Substitute Active At Nanos</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubstituteActiveAtNanos()
	 * @generated
	 * @ordered
	 */
	protected long substituteActiveAtNanos = SUBSTITUTE_ACTIVE_AT_NANOS_EDEFAULT;

	/**
	 * The default value of the '{@link #getResumedAtNanos() <em>Resumed At Nanos</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResumedAtNanos()
	 * @generated
	 * @ordered
	 */
	protected static final long RESUMED_AT_NANOS_EDEFAULT = -1L;

	/**
	 * The cached value of the '{@link #getResumedAtNanos() <em>Resumed At Nanos</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResumedAtNanos()
	 * @generated
	 * @ordered
	 */
	protected long resumedAtNanos = RESUMED_AT_NANOS_EDEFAULT;

	/**
	 * The default value of the '{@link #getFirstSegmentAtNanos() <em>First Segment At Nanos</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirstSegmentAtNanos()
	 * @generated
	 * @ordered
	 */
	protected static final long FIRST_SEGMENT_AT_NANOS_EDEFAULT = -1L;

	/**
	 * The cached value of the '{@link #getFirstSegmentAtNanos() <em>First Segment At Nanos</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirstSegmentAtNanos()
	 * @generated
	 * @ordered
	 */
	protected long firstSegmentAtNanos = FIRST_SEGMENT_AT_NANOS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSoftStateConvergedAtNanos() <em>Soft State Converged At Nanos</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSoftStateConvergedAtNanos()
	 * @generated
	 * @ordered
	 */
	protected static final long SOFT_STATE_CONVERGED_AT_NANOS_EDEFAULT = -1L;

	/**
	 * The cached value of the '{@link #getSoftStateConvergedAtNanos() <em>Soft State Converged At Nanos</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSoftStateConvergedAtNanos()
	 * @generated
	 * @ordered
	 */
	protected long softStateConvergedAtNanos = SOFT_STATE_CONVERGED_AT_NANOS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSubstitute() <em>Substitute</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubstitute()
	 * @generated
	 * @ordered
	 */
	protected static final String SUBSTITUTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSubstitute() <em>Substitute</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubstitute()
	 * @generated
	 * @ordered
	 */
	protected String substitute = SUBSTITUTE_EDEFAULT;

	/**
	 * The default value of the '{@link #getBlackoutP50Nanos() <em>Blackout P50 Nanos</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBlackoutP50Nanos()
	 * @generated
	 * @ordered
	 */
	protected static final long BLACKOUT_P50_NANOS_EDEFAULT = -1L;

	/**
	 * The cached value of the '{@link #getBlackoutP50Nanos() <em>Blackout P50 Nanos</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBlackoutP50Nanos()
	 * @generated
	 * @ordered
	 */
	protected long blackoutP50Nanos = BLACKOUT_P50_NANOS_EDEFAULT;

	/**
	 * The default value of the '{@link #getBlackoutP99Nanos() <em>Blackout P99 Nanos</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBlackoutP99Nanos()
	 * @generated
	 * @ordered
	 */
	protected static final long BLACKOUT_P99_NANOS_EDEFAULT = -1L;

	/**
	 * The cached value of the '{@link #getBlackoutP99Nanos() <em>Blackout P99 Nanos</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBlackoutP99Nanos()
	 * @generated
	 * @ordered
	 */
	protected long blackoutP99Nanos = BLACKOUT_P99_NANOS_EDEFAULT;

	/**
	 * The default value of the '{@link #getBlackoutMaxNanos() <em>Blackout Max Nanos</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBlackoutMaxNanos()
	 * @generated
	 * @ordered
	 */
	protected static final long BLACKOUT_MAX_NANOS_EDEFAULT = -1L;

	/**
	 * The cached value of the '{@link #getBlackoutMaxNanos() <em>Blackout Max Nanos</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBlackoutMaxNanos()
	 * @generated
	 * @ordered
	 */
	protected long blackoutMaxNanos = BLACKOUT_MAX_NANOS_EDEFAULT;

	/**
	 * The default value of the '{@link #getBytesRetransmitted() <em>Bytes Retransmitted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBytesRetransmitted()
	 * @generated
	 * @ordered
	 */
	protected static final long BYTES_RETRANSMITTED_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getBytesRetransmitted() <em>Bytes Retransmitted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBytesRetransmitted()
	 * @generated
	 * @ordered
	 */
	protected long bytesRetransmitted = BYTES_RETRANSMITTED_EDEFAULT;

	/**
	 * The default value of the '{@link #getConnectionsLost() <em>Connections Lost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConnectionsLost()
	 * @generated
	 * @ordered
	 */
	protected static final int CONNECTIONS_LOST_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getConnectionsLost() <em>Connections Lost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConnectionsLost()
	 * @generated
	 * @ordered
	 */
	protected int connectionsLost = CONNECTIONS_LOST_EDEFAULT;

	/**
	 * The default value of the '{@link #getUnnotifiedConnections() <em>Unnotified Connections</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnnotifiedConnections()
	 * @generated
	 * @ordered
	 */
	protected static final int UNNOTIFIED_CONNECTIONS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getUnnotifiedConnections() <em>Unnotified Connections</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnnotifiedConnections()
	 * @generated
	 * @ordered
	 */
	protected int unnotifiedConnections = UNNOTIFIED_CONNECTIONS_EDEFAULT;

	/**
	 * The default value of the '{@link #getBlackoutConnectionIds() <em>Blackout Connection Ids</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBlackoutConnectionIds()
	 * @generated
	 * @ordered
	 */
	protected static final IntArray BLACKOUT_CONNECTION_IDS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBlackoutConnectionIds() <em>Blackout Connection Ids</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBlackoutConnectionIds()
	 * @generated
	 * @ordered
	 */
	protected IntArray blackoutConnectionIds = BLACKOUT_CONNECTION_IDS_EDEFAULT;

	/**
	 * The default value of the '{@link #getBlackoutNanos() <em>Blackout Nanos</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBlackoutNanos()
	 * @generated
	 * @ordered
	 */
	protected static final LongArray BLACKOUT_NANOS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBlackoutNanos() <em>Blackout Nanos</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBlackoutNanos()
	 * @generated
	 * @ordered
	 */
	protected LongArray blackoutNanos = BLACKOUT_NANOS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FailoverTimelineImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return OffloadPackage.Literals.FAILOVER_TIMELINE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAdapter() {
		return adapter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAdapter(String newAdapter) {
		String oldAdapter = adapter;
		adapter = newAdapter;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.FAILOVER_TIMELINE__ADAPTER, oldAdapter, adapter));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FailureMode getMode() {
		return mode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMode(FailureMode newMode) {
		FailureMode oldMode = mode;
		mode = newMode == null ? MODE_EDEFAULT : newMode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.FAILOVER_TIMELINE__MODE, oldMode, mode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RecoveryStrategy getRecovery() {
		return recovery;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecovery(RecoveryStrategy newRecovery) {
		RecoveryStrategy oldRecovery = recovery;
		recovery = newRecovery == null ? RECOVERY_EDEFAULT : newRecovery;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.FAILOVER_TIMELINE__RECOVERY, oldRecovery, recovery));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getFailedAtNanos() {
		return failedAtNanos;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFailedAtNanos(long newFailedAtNanos) {
		long oldFailedAtNanos = failedAtNanos;
		failedAtNanos = newFailedAtNanos;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.FAILOVER_TIMELINE__FAILED_AT_NANOS, oldFailedAtNanos, failedAtNanos));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getRecoveredAtNanos() {
		return recoveredAtNanos;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecoveredAtNanos(long newRecoveredAtNanos) {
		long oldRecoveredAtNanos = recoveredAtNanos;
		recoveredAtNanos = newRecoveredAtNanos;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.FAILOVER_TIMELINE__RECOVERED_AT_NANOS, oldRecoveredAtNanos, recoveredAtNanos));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getConnectionsRestored() {
		return connectionsRestored;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConnectionsRestored(int newConnectionsRestored) {
		int oldConnectionsRestored = connectionsRestored;
		connectionsRestored = newConnectionsRestored;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.FAILOVER_TIMELINE__CONNECTIONS_RESTORED, oldConnectionsRestored, connectionsRestored));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOutcome() {
		return outcome;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOutcome(String newOutcome) {
		String oldOutcome = outcome;
		outcome = newOutcome;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.FAILOVER_TIMELINE__OUTCOME, oldOutcome, outcome));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getDetectedAtNanos() {
		return detectedAtNanos;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDetectedAtNanos(long newDetectedAtNanos) {
		long oldDetectedAtNanos = detectedAtNanos;
		detectedAtNanos = newDetectedAtNanos;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.FAILOVER_TIMELINE__DETECTED_AT_NANOS, oldDetectedAtNanos, detectedAtNanos));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getBlockedAtNanos() {
		return blockedAtNanos;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBlockedAtNanos(long newBlockedAtNanos) {
		long oldBlockedAtNanos = blockedAtNanos;
		blockedAtNanos = newBlockedAtNanos;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.FAILOVER_TIMELINE__BLOCKED_AT_NANOS, oldBlockedAtNanos, blockedAtNanos));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getHardStateRecoveredAtNanos() {
		return hardStateRecoveredAtNanos;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHardStateRecoveredAtNanos(long newHardStateRecoveredAtNanos) {
		long oldHardStateRecoveredAtNanos = hardStateRecoveredAtNanos;
		hardStateRecoveredAtNanos = newHardStateRecoveredAtNanos;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.FAILOVER_TIMELINE__HARD_STATE_RECOVERED_AT_NANOS, oldHardStateRecoveredAtNanos, hardStateRecoveredAtNanos));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getSubstituteActiveAtNanos() {
		return substituteActiveAtNanos;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubstituteActiveAtNanos(long newSubstituteActiveAtNanos) {
		long oldSubstituteActiveAtNanos = substituteActiveAtNanos;
		substituteActiveAtNanos = newSubstituteActiveAtNanos;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.FAILOVER_TIMELINE__SUBSTITUTE_ACTIVE_AT_NANOS, oldSubstituteActiveAtNanos, substituteActiveAtNanos));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getResumedAtNanos() {
		return resumedAtNanos;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResumedAtNanos(long newResumedAtNanos) {
		long oldResumedAtNanos = resumedAtNanos;
		resumedAtNanos = newResumedAtNanos;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.FAILOVER_TIMELINE__RESUMED_AT_NANOS, oldResumedAtNanos, resumedAtNanos));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getFirstSegmentAtNanos() {
		return firstSegmentAtNanos;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFirstSegmentAtNanos(long newFirstSegmentAtNanos) {
		long oldFirstSegmentAtNanos = firstSegmentAtNanos;
		firstSegmentAtNanos = newFirstSegmentAtNanos;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.FAILOVER_TIMELINE__FIRST_SEGMENT_AT_NANOS, oldFirstSegmentAtNanos, firstSegmentAtNanos));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getSoftStateConvergedAtNanos() {
		return softStateConvergedAtNanos;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSoftStateConvergedAtNanos(long newSoftStateConvergedAtNanos) {
		long oldSoftStateConvergedAtNanos = softStateConvergedAtNanos;
		softStateConvergedAtNanos = newSoftStateConvergedAtNanos;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.FAILOVER_TIMELINE__SOFT_STATE_CONVERGED_AT_NANOS, oldSoftStateConvergedAtNanos, softStateConvergedAtNanos));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSubstitute() {
		return substitute;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubstitute(String newSubstitute) {
		String oldSubstitute = substitute;
		substitute = newSubstitute;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.FAILOVER_TIMELINE__SUBSTITUTE, oldSubstitute, substitute));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getBlackoutP50Nanos() {
		return blackoutP50Nanos;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBlackoutP50Nanos(long newBlackoutP50Nanos) {
		long oldBlackoutP50Nanos = blackoutP50Nanos;
		blackoutP50Nanos = newBlackoutP50Nanos;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.FAILOVER_TIMELINE__BLACKOUT_P50_NANOS, oldBlackoutP50Nanos, blackoutP50Nanos));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getBlackoutP99Nanos() {
		return blackoutP99Nanos;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBlackoutP99Nanos(long newBlackoutP99Nanos) {
		long oldBlackoutP99Nanos = blackoutP99Nanos;
		blackoutP99Nanos = newBlackoutP99Nanos;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.FAILOVER_TIMELINE__BLACKOUT_P99_NANOS, oldBlackoutP99Nanos, blackoutP99Nanos));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getBlackoutMaxNanos() {
		return blackoutMaxNanos;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBlackoutMaxNanos(long newBlackoutMaxNanos) {
		long oldBlackoutMaxNanos = blackoutMaxNanos;
		blackoutMaxNanos = newBlackoutMaxNanos;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.FAILOVER_TIMELINE__BLACKOUT_MAX_NANOS, oldBlackoutMaxNanos, blackoutMaxNanos));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getBytesRetransmitted() {
		return bytesRetransmitted;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBytesRetransmitted(long newBytesRetransmitted) {
		long oldBytesRetransmitted = bytesRetransmitted;
		bytesRetransmitted = newBytesRetransmitted;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.FAILOVER_TIMELINE__BYTES_RETRANSMITTED, oldBytesRetransmitted, bytesRetransmitted));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getConnectionsLost() {
		return connectionsLost;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConnectionsLost(int newConnectionsLost) {
		int oldConnectionsLost = connectionsLost;
		connectionsLost = newConnectionsLost;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.FAILOVER_TIMELINE__CONNECTIONS_LOST, oldConnectionsLost, connectionsLost));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getUnnotifiedConnections() {
		return unnotifiedConnections;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnnotifiedConnections(int newUnnotifiedConnections) {
		int oldUnnotifiedConnections = unnotifiedConnections;
		unnotifiedConnections = newUnnotifiedConnections;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.FAILOVER_TIMELINE__UNNOTIFIED_CONNECTIONS, oldUnnotifiedConnections, unnotifiedConnections));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IntArray getBlackoutConnectionIds() {
		return blackoutConnectionIds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBlackoutConnectionIds(IntArray newBlackoutConnectionIds) {
		IntArray oldBlackoutConnectionIds = blackoutConnectionIds;
		blackoutConnectionIds = newBlackoutConnectionIds;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.FAILOVER_TIMELINE__BLACKOUT_CONNECTION_IDS, oldBlackoutConnectionIds, blackoutConnectionIds));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LongArray getBlackoutNanos() {
		return blackoutNanos;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBlackoutNanos(LongArray newBlackoutNanos) {
		LongArray oldBlackoutNanos = blackoutNanos;
		blackoutNanos = newBlackoutNanos;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.FAILOVER_TIMELINE__BLACKOUT_NANOS, oldBlackoutNanos, blackoutNanos));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case OffloadPackage.FAILOVER_TIMELINE__ADAPTER:
				return getAdapter();
			case OffloadPackage.FAILOVER_TIMELINE__MODE:
				return getMode();
			case OffloadPackage.FAILOVER_TIMELINE__RECOVERY:
				return getRecovery();
			case OffloadPackage.FAILOVER_TIMELINE__FAILED_AT_NANOS:
				return getFailedAtNanos();
			case OffloadPackage.FAILOVER_TIMELINE__RECOVERED_AT_NANOS:
				return getRecoveredAtNanos();
			case OffloadPackage.FAILOVER_TIMELINE__CONNECTIONS_RESTORED:
				return getConnectionsRestored();
			case OffloadPackage.FAILOVER_TIMELINE__OUTCOME:
				return getOutcome();
			case OffloadPackage.FAILOVER_TIMELINE__DETECTED_AT_NANOS:
				return getDetectedAtNanos();
			case OffloadPackage.FAILOVER_TIMELINE__BLOCKED_AT_NANOS:
				return getBlockedAtNanos();
			case OffloadPackage.FAILOVER_TIMELINE__HARD_STATE_RECOVERED_AT_NANOS:
				return getHardStateRecoveredAtNanos();
			case OffloadPackage.FAILOVER_TIMELINE__SUBSTITUTE_ACTIVE_AT_NANOS:
				return getSubstituteActiveAtNanos();
			case OffloadPackage.FAILOVER_TIMELINE__RESUMED_AT_NANOS:
				return getResumedAtNanos();
			case OffloadPackage.FAILOVER_TIMELINE__FIRST_SEGMENT_AT_NANOS:
				return getFirstSegmentAtNanos();
			case OffloadPackage.FAILOVER_TIMELINE__SOFT_STATE_CONVERGED_AT_NANOS:
				return getSoftStateConvergedAtNanos();
			case OffloadPackage.FAILOVER_TIMELINE__SUBSTITUTE:
				return getSubstitute();
			case OffloadPackage.FAILOVER_TIMELINE__BLACKOUT_P50_NANOS:
				return getBlackoutP50Nanos();
			case OffloadPackage.FAILOVER_TIMELINE__BLACKOUT_P99_NANOS:
				return getBlackoutP99Nanos();
			case OffloadPackage.FAILOVER_TIMELINE__BLACKOUT_MAX_NANOS:
				return getBlackoutMaxNanos();
			case OffloadPackage.FAILOVER_TIMELINE__BYTES_RETRANSMITTED:
				return getBytesRetransmitted();
			case OffloadPackage.FAILOVER_TIMELINE__CONNECTIONS_LOST:
				return getConnectionsLost();
			case OffloadPackage.FAILOVER_TIMELINE__UNNOTIFIED_CONNECTIONS:
				return getUnnotifiedConnections();
			case OffloadPackage.FAILOVER_TIMELINE__BLACKOUT_CONNECTION_IDS:
				return getBlackoutConnectionIds();
			case OffloadPackage.FAILOVER_TIMELINE__BLACKOUT_NANOS:
				return getBlackoutNanos();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case OffloadPackage.FAILOVER_TIMELINE__ADAPTER:
				setAdapter((String)newValue);
				return;
			case OffloadPackage.FAILOVER_TIMELINE__MODE:
				setMode((FailureMode)newValue);
				return;
			case OffloadPackage.FAILOVER_TIMELINE__RECOVERY:
				setRecovery((RecoveryStrategy)newValue);
				return;
			case OffloadPackage.FAILOVER_TIMELINE__FAILED_AT_NANOS:
				setFailedAtNanos((Long)newValue);
				return;
			case OffloadPackage.FAILOVER_TIMELINE__RECOVERED_AT_NANOS:
				setRecoveredAtNanos((Long)newValue);
				return;
			case OffloadPackage.FAILOVER_TIMELINE__CONNECTIONS_RESTORED:
				setConnectionsRestored((Integer)newValue);
				return;
			case OffloadPackage.FAILOVER_TIMELINE__OUTCOME:
				setOutcome((String)newValue);
				return;
			case OffloadPackage.FAILOVER_TIMELINE__DETECTED_AT_NANOS:
				setDetectedAtNanos((Long)newValue);
				return;
			case OffloadPackage.FAILOVER_TIMELINE__BLOCKED_AT_NANOS:
				setBlockedAtNanos((Long)newValue);
				return;
			case OffloadPackage.FAILOVER_TIMELINE__HARD_STATE_RECOVERED_AT_NANOS:
				setHardStateRecoveredAtNanos((Long)newValue);
				return;
			case OffloadPackage.FAILOVER_TIMELINE__SUBSTITUTE_ACTIVE_AT_NANOS:
				setSubstituteActiveAtNanos((Long)newValue);
				return;
			case OffloadPackage.FAILOVER_TIMELINE__RESUMED_AT_NANOS:
				setResumedAtNanos((Long)newValue);
				return;
			case OffloadPackage.FAILOVER_TIMELINE__FIRST_SEGMENT_AT_NANOS:
				setFirstSegmentAtNanos((Long)newValue);
				return;
			case OffloadPackage.FAILOVER_TIMELINE__SOFT_STATE_CONVERGED_AT_NANOS:
				setSoftStateConvergedAtNanos((Long)newValue);
				return;
			case OffloadPackage.FAILOVER_TIMELINE__SUBSTITUTE:
				setSubstitute((String)newValue);
				return;
			case OffloadPackage.FAILOVER_TIMELINE__BLACKOUT_P50_NANOS:
				setBlackoutP50Nanos((Long)newValue);
				return;
			case OffloadPackage.FAILOVER_TIMELINE__BLACKOUT_P99_NANOS:
				setBlackoutP99Nanos((Long)newValue);
				return;
			case OffloadPackage.FAILOVER_TIMELINE__BLACKOUT_MAX_NANOS:
				setBlackoutMaxNanos((Long)newValue);
				return;
			case OffloadPackage.FAILOVER_TIMELINE__BYTES_RETRANSMITTED:
				setBytesRetransmitted((Long)newValue);
				return;
			case OffloadPackage.FAILOVER_TIMELINE__CONNECTIONS_LOST:
				setConnectionsLost((Integer)newValue);
				return;
			case OffloadPackage.FAILOVER_TIMELINE__UNNOTIFIED_CONNECTIONS:
				setUnnotifiedConnections((Integer)newValue);
				return;
			case OffloadPackage.FAILOVER_TIMELINE__BLACKOUT_CONNECTION_IDS:
				setBlackoutConnectionIds((IntArray)newValue);
				return;
			case OffloadPackage.FAILOVER_TIMELINE__BLACKOUT_NANOS:
				setBlackoutNanos((LongArray)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case OffloadPackage.FAILOVER_TIMELINE__ADAPTER:
				setAdapter(ADAPTER_EDEFAULT);
				return;
			case OffloadPackage.FAILOVER_TIMELINE__MODE:
				setMode(MODE_EDEFAULT);
				return;
			case OffloadPackage.FAILOVER_TIMELINE__RECOVERY:
				setRecovery(RECOVERY_EDEFAULT);
				return;
			case OffloadPackage.FAILOVER_TIMELINE__FAILED_AT_NANOS:
				setFailedAtNanos(FAILED_AT_NANOS_EDEFAULT);
				return;
			case OffloadPackage.FAILOVER_TIMELINE__RECOVERED_AT_NANOS:
				setRecoveredAtNanos(RECOVERED_AT_NANOS_EDEFAULT);
				return;
			case OffloadPackage.FAILOVER_TIMELINE__CONNECTIONS_RESTORED:
				setConnectionsRestored(CONNECTIONS_RESTORED_EDEFAULT);
				return;
			case OffloadPackage.FAILOVER_TIMELINE__OUTCOME:
				setOutcome(OUTCOME_EDEFAULT);
				return;
			case OffloadPackage.FAILOVER_TIMELINE__DETECTED_AT_NANOS:
				setDetectedAtNanos(DETECTED_AT_NANOS_EDEFAULT);
				return;
			case OffloadPackage.FAILOVER_TIMELINE__BLOCKED_AT_NANOS:
				setBlockedAtNanos(BLOCKED_AT_NANOS_EDEFAULT);
				return;
			case OffloadPackage.FAILOVER_TIMELINE__HARD_STATE_RECOVERED_AT_NANOS:
				setHardStateRecoveredAtNanos(HARD_STATE_RECOVERED_AT_NANOS_EDEFAULT);
				return;
			case OffloadPackage.FAILOVER_TIMELINE__SUBSTITUTE_ACTIVE_AT_NANOS:
				setSubstituteActiveAtNanos(SUBSTITUTE_ACTIVE_AT_NANOS_EDEFAULT);
				return;
			case OffloadPackage.FAILOVER_TIMELINE__RESUMED_AT_NANOS:
				setResumedAtNanos(RESUMED_AT_NANOS_EDEFAULT);
				return;
			case OffloadPackage.FAILOVER_TIMELINE__FIRST_SEGMENT_AT_NANOS:
				setFirstSegmentAtNanos(FIRST_SEGMENT_AT_NANOS_EDEFAULT);
				return;
			case OffloadPackage.FAILOVER_TIMELINE__SOFT_STATE_CONVERGED_AT_NANOS:
				setSoftStateConvergedAtNanos(SOFT_STATE_CONVERGED_AT_NANOS_EDEFAULT);
				return;
			case OffloadPackage.FAILOVER_TIMELINE__SUBSTITUTE:
				setSubstitute(SUBSTITUTE_EDEFAULT);
				return;
			case OffloadPackage.FAILOVER_TIMELINE__BLACKOUT_P50_NANOS:
				setBlackoutP50Nanos(BLACKOUT_P50_NANOS_EDEFAULT);
				return;
			case OffloadPackage.FAILOVER_TIMELINE__BLACKOUT_P99_NANOS:
				setBlackoutP99Nanos(BLACKOUT_P99_NANOS_EDEFAULT);
				return;
			case OffloadPackage.FAILOVER_TIMELINE__BLACKOUT_MAX_NANOS:
				setBlackoutMaxNanos(BLACKOUT_MAX_NANOS_EDEFAULT);
				return;
			case OffloadPackage.FAILOVER_TIMELINE__BYTES_RETRANSMITTED:
				setBytesRetransmitted(BYTES_RETRANSMITTED_EDEFAULT);
				return;
			case OffloadPackage.FAILOVER_TIMELINE__CONNECTIONS_LOST:
				setConnectionsLost(CONNECTIONS_LOST_EDEFAULT);
				return;
			case OffloadPackage.FAILOVER_TIMELINE__UNNOTIFIED_CONNECTIONS:
				setUnnotifiedConnections(UNNOTIFIED_CONNECTIONS_EDEFAULT);
				return;
			case OffloadPackage.FAILOVER_TIMELINE__BLACKOUT_CONNECTION_IDS:
				setBlackoutConnectionIds(BLACKOUT_CONNECTION_IDS_EDEFAULT);
				return;
			case OffloadPackage.FAILOVER_TIMELINE__BLACKOUT_NANOS:
				setBlackoutNanos(BLACKOUT_NANOS_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case OffloadPackage.FAILOVER_TIMELINE__ADAPTER:
				return ADAPTER_EDEFAULT == null ? adapter != null : !ADAPTER_EDEFAULT.equals(adapter);
			case OffloadPackage.FAILOVER_TIMELINE__MODE:
				return mode != MODE_EDEFAULT;
			case OffloadPackage.FAILOVER_TIMELINE__RECOVERY:
				return recovery != RECOVERY_EDEFAULT;
			case OffloadPackage.FAILOVER_TIMELINE__FAILED_AT_NANOS:
				return failedAtNanos != FAILED_AT_NANOS_EDEFAULT;
			case OffloadPackage.FAILOVER_TIMELINE__RECOVERED_AT_NANOS:
				return recoveredAtNanos != RECOVERED_AT_NANOS_EDEFAULT;
			case OffloadPackage.FAILOVER_TIMELINE__CONNECTIONS_RESTORED:
				return connectionsRestored != CONNECTIONS_RESTORED_EDEFAULT;
			case OffloadPackage.FAILOVER_TIMELINE__OUTCOME:
				return OUTCOME_EDEFAULT == null ? outcome != null : !OUTCOME_EDEFAULT.equals(outcome);
			case OffloadPackage.FAILOVER_TIMELINE__DETECTED_AT_NANOS:
				return detectedAtNanos != DETECTED_AT_NANOS_EDEFAULT;
			case OffloadPackage.FAILOVER_TIMELINE__BLOCKED_AT_NANOS:
				return blockedAtNanos != BLOCKED_AT_NANOS_EDEFAULT;
			case OffloadPackage.FAILOVER_TIMELINE__HARD_STATE_RECOVERED_AT_NANOS:
				return hardStateRecoveredAtNanos != HARD_STATE_RECOVERED_AT_NANOS_EDEFAULT;
			case OffloadPackage.FAILOVER_TIMELINE__SUBSTITUTE_ACTIVE_AT_NANOS:
				return substituteActiveAtNanos != SUBSTITUTE_ACTIVE_AT_NANOS_EDEFAULT;
			case OffloadPackage.FAILOVER_TIMELINE__RESUMED_AT_NANOS:
				return resumedAtNanos != RESUMED_AT_NANOS_EDEFAULT;
			case OffloadPackage.FAILOVER_TIMELINE__FIRST_SEGMENT_AT_NANOS:
				return firstSegmentAtNanos != FIRST_SEGMENT_AT_NANOS_EDEFAULT;
			case OffloadPackage.FAILOVER_TIMELINE__SOFT_STATE_CONVERGED_AT_NANOS:
				return softStateConvergedAtNanos != SOFT_STATE_CONVERGED_AT_NANOS_EDEFAULT;
			case OffloadPackage.FAILOVER_TIMELINE__SUBSTITUTE:
				return SUBSTITUTE_EDEFAULT == null ? substitute != null : !SUBSTITUTE_EDEFAULT.equals(substitute);
			case OffloadPackage.FAILOVER_TIMELINE__BLACKOUT_P50_NANOS:
				return blackoutP50Nanos != BLACKOUT_P50_NANOS_EDEFAULT;
			case OffloadPackage.FAILOVER_TIMELINE__BLACKOUT_P99_NANOS:
				return blackoutP99Nanos != BLACKOUT_P99_NANOS_EDEFAULT;
			case OffloadPackage.FAILOVER_TIMELINE__BLACKOUT_MAX_NANOS:
				return blackoutMaxNanos != BLACKOUT_MAX_NANOS_EDEFAULT;
			case OffloadPackage.FAILOVER_TIMELINE__BYTES_RETRANSMITTED:
				return bytesRetransmitted != BYTES_RETRANSMITTED_EDEFAULT;
			case OffloadPackage.FAILOVER_TIMELINE__CONNECTIONS_LOST:
				return connectionsLost != CONNECTIONS_LOST_EDEFAULT;
			case OffloadPackage.FAILOVER_TIMELINE__UNNOTIFIED_CONNECTIONS:
				return unnotifiedConnections != UNNOTIFIED_CONNECTIONS_EDEFAULT;
			case OffloadPackage.FAILOVER_TIMELINE__BLACKOUT_CONNECTION_IDS:
				return BLACKOUT_CONNECTION_IDS_EDEFAULT == null ? blackoutConnectionIds != null : !BLACKOUT_CONNECTION_IDS_EDEFAULT.equals(blackoutConnectionIds);
			case OffloadPackage.FAILOVER_TIMELINE__BLACKOUT_NANOS:
				return BLACKOUT_NANOS_EDEFAULT == null ? blackoutNanos != null : !BLACKOUT_NANOS_EDEFAULT.equals(blackoutNanos);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (adapter: ");
		result.append(adapter);
		result.append(", mode: ");
		result.append(mode);
		result.append(", recovery: ");
		result.append(recovery);
		result.append(", failedAtNanos: ");
		result.append(failedAtNanos);
		result.append(", recoveredAtNanos: ");
		result.append(recoveredAtNanos);
		result.append(", connectionsRestored: ");
		result.append(connectionsRestored);
		result.append(", outcome: ");
		result.append(outcome);
		result.append(", detectedAtNanos: ");
		result.append(detectedAtNanos);
		result.append(", blockedAtNanos: ");
		result.append(blockedAtNanos);
		result.append(", hardStateRecoveredAtNanos: ");
		result.append(hardStateRecoveredAtNanos);
		result.append(", substituteActiveAtNanos: ");
		result.append(substituteActiveAtNanos);
		result.append(", resumedAtNanos: ");
		result.append(resumedAtNanos);
		result.append(", firstSegmentAtNanos: ");
		result.append(firstSegmentAtNanos);
		result.append(", softStateConvergedAtNanos: ");
		result.append(softStateConvergedAtNanos);
		result.append(", substitute: ");
		result.append(substitute);
		result.append(", blackoutP50Nanos: ");
		result.append(blackoutP50Nanos);
		result.append(", blackoutP99Nanos: ");
		result.append(blackoutP99Nanos);
		result.append(", blackoutMaxNanos: ");
		result.append(blackoutMaxNanos);
		result.append(", bytesRetransmitted: ");
		result.append(bytesRetransmitted);
		result.append(", connectionsLost: ");
		result.append(connectionsLost);
		result.append(", unnotifiedConnections: ");
		result.append(unnotifiedConnections);
		result.append(", blackoutConnectionIds: ");
		result.append(blackoutConnectionIds);
		result.append(", blackoutNanos: ");
		result.append(blackoutNanos);
		result.append(')');
		return result.toString();
	}

} //FailoverTimelineImpl
