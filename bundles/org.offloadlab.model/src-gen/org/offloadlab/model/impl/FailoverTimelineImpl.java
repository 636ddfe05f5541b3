/**
 */
package org.offloadlab.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.offloadlab.model.FailoverTimeline;
import org.offloadlab.model.FailureMode;
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
		result.append(')');
		return result.toString();
	}

} //FailoverTimelineImpl
