/**
 */
package org.offloadlab.model.impl;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.offloadlab.model.AdapterPolicies;
import org.offloadlab.model.Experiment;
import org.offloadlab.model.FailurePlan;
import org.offloadlab.model.OffloadPackage;
import org.offloadlab.model.RecoveryStrategy;
import org.offloadlab.model.Topology;
import org.offloadlab.model.Workload;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Experiment</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.offloadlab.model.impl.ExperimentImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.ExperimentImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.ExperimentImpl#getSeed <em>Seed</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.ExperimentImpl#getDurationMillis <em>Duration Millis</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.ExperimentImpl#getTopology <em>Topology</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.ExperimentImpl#getWorkload <em>Workload</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.ExperimentImpl#getPolicies <em>Policies</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.ExperimentImpl#getFailurePlan <em>Failure Plan</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.ExperimentImpl#getRecovery <em>Recovery</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.ExperimentImpl#getRecordConnections <em>Record Connections</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.ExperimentImpl#isRecordStateHistory <em>Record State History</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ExperimentImpl extends MinimalEObjectImpl.Container implements Experiment {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getSeed() <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeed()
	 * @generated
	 * @ordered
	 */
	protected static final long SEED_EDEFAULT = 1L;

	/**
	 * The cached value of the '{@link #getSeed() <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeed()
	 * @generated
	 * @ordered
	 */
	protected long seed = SEED_EDEFAULT;

	/**
	 * The default value of the '{@link #getDurationMillis() <em>Duration Millis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDurationMillis()
	 * @generated
	 * @ordered
	 */
	protected static final long DURATION_MILLIS_EDEFAULT = 60000L;

	/**
	 * The cached value of the '{@link #getDurationMillis() <em>Duration Millis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDurationMillis()
	 * @generated
	 * @ordered
	 */
	protected long durationMillis = DURATION_MILLIS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTopology() <em>Topology</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTopology()
	 * @generated
	 * @ordered
	 */
	protected Topology topology;

	/**
	 * The cached value of the '{@link #getWorkload() <em>Workload</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWorkload()
	 * @generated
	 * @ordered
	 */
	protected Workload workload;

	/**
	 * The cached value of the '{@link #getPolicies() <em>Policies</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPolicies()
	 * @generated
	 * @ordered
	 */
	protected AdapterPolicies policies;

	/**
	 * The cached value of the '{@link #getFailurePlan() <em>Failure Plan</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFailurePlan()
	 * @generated
	 * @ordered
	 */
	protected FailurePlan failurePlan;

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
	 * The default value of the '{@link #getRecordConnections() <em>Record Connections</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecordConnections()
	 * @generated
	 * @ordered
	 */
	protected static final int RECORD_CONNECTIONS_EDEFAULT = 1000;

	/**
	 * The cached value of the '{@link #getRecordConnections() <em>Record Connections</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecordConnections()
	 * @generated
	 * @ordered
	 */
	protected int recordConnections = RECORD_CONNECTIONS_EDEFAULT;

	/**
	 * The default value of the '{@link #isRecordStateHistory() <em>Record State History</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRecordStateHistory()
	 * @generated
	 * @ordered
	 */
	protected static final boolean RECORD_STATE_HISTORY_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isRecordStateHistory() <em>Record State History</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRecordStateHistory()
	 * @generated
	 * @ordered
	 */
	protected boolean recordStateHistory = RECORD_STATE_HISTORY_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ExperimentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return OffloadPackage.Literals.EXPERIMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.EXPERIMENT__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.EXPERIMENT__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getSeed() {
		return seed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeed(long newSeed) {
		long oldSeed = seed;
		seed = newSeed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.EXPERIMENT__SEED, oldSeed, seed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getDurationMillis() {
		return durationMillis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDurationMillis(long newDurationMillis) {
		long oldDurationMillis = durationMillis;
		durationMillis = newDurationMillis;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.EXPERIMENT__DURATION_MILLIS, oldDurationMillis, durationMillis));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Topology getTopology() {
		return topology;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetTopology(Topology newTopology, NotificationChain msgs) {
		Topology oldTopology = topology;
		topology = newTopology;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, OffloadPackage.EXPERIMENT__TOPOLOGY, oldTopology, newTopology);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTopology(Topology newTopology) {
		if (newTopology != topology) {
			NotificationChain msgs = null;
			if (topology != null)
				msgs = ((InternalEObject)topology).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - OffloadPackage.EXPERIMENT__TOPOLOGY, null, msgs);
			if (newTopology != null)
				msgs = ((InternalEObject)newTopology).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - OffloadPackage.EXPERIMENT__TOPOLOGY, null, msgs);
			msgs = basicSetTopology(newTopology, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.EXPERIMENT__TOPOLOGY, newTopology, newTopology));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Workload getWorkload() {
		return workload;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetWorkload(Workload newWorkload, NotificationChain msgs) {
		Workload oldWorkload = workload;
		workload = newWorkload;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, OffloadPackage.EXPERIMENT__WORKLOAD, oldWorkload, newWorkload);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWorkload(Workload newWorkload) {
		if (newWorkload != workload) {
			NotificationChain msgs = null;
			if (workload != null)
				msgs = ((InternalEObject)workload).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - OffloadPackage.EXPERIMENT__WORKLOAD, null, msgs);
			if (newWorkload != null)
				msgs = ((InternalEObject)newWorkload).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - OffloadPackage.EXPERIMENT__WORKLOAD, null, msgs);
			msgs = basicSetWorkload(newWorkload, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.EXPERIMENT__WORKLOAD, newWorkload, newWorkload));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AdapterPolicies getPolicies() {
		return policies;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetPolicies(AdapterPolicies newPolicies, NotificationChain msgs) {
		AdapterPolicies oldPolicies = policies;
		policies = newPolicies;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, OffloadPackage.EXPERIMENT__POLICIES, oldPolicies, newPolicies);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPolicies(AdapterPolicies newPolicies) {
		if (newPolicies != policies) {
			NotificationChain msgs = null;
			if (policies != null)
				msgs = ((InternalEObject)policies).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - OffloadPackage.EXPERIMENT__POLICIES, null, msgs);
			if (newPolicies != null)
				msgs = ((InternalEObject)newPolicies).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - OffloadPackage.EXPERIMENT__POLICIES, null, msgs);
			msgs = basicSetPolicies(newPolicies, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.EXPERIMENT__POLICIES, newPolicies, newPolicies));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FailurePlan getFailurePlan() {
		return failurePlan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetFailurePlan(FailurePlan newFailurePlan, NotificationChain msgs) {
		FailurePlan oldFailurePlan = failurePlan;
		failurePlan = newFailurePlan;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, OffloadPackage.EXPERIMENT__FAILURE_PLAN, oldFailurePlan, newFailurePlan);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFailurePlan(FailurePlan newFailurePlan) {
		if (newFailurePlan != failurePlan) {
			NotificationChain msgs = null;
			if (failurePlan != null)
				msgs = ((InternalEObject)failurePlan).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - OffloadPackage.EXPERIMENT__FAILURE_PLAN, null, msgs);
			if (newFailurePlan != null)
				msgs = ((InternalEObject)newFailurePlan).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - OffloadPackage.EXPERIMENT__FAILURE_PLAN, null, msgs);
			msgs = basicSetFailurePlan(newFailurePlan, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.EXPERIMENT__FAILURE_PLAN, newFailurePlan, newFailurePlan));
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
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.EXPERIMENT__RECOVERY, oldRecovery, recovery));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRecordConnections() {
		return recordConnections;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecordConnections(int newRecordConnections) {
		int oldRecordConnections = recordConnections;
		recordConnections = newRecordConnections;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.EXPERIMENT__RECORD_CONNECTIONS, oldRecordConnections, recordConnections));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isRecordStateHistory() {
		return recordStateHistory;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecordStateHistory(boolean newRecordStateHistory) {
		boolean oldRecordStateHistory = recordStateHistory;
		recordStateHistory = newRecordStateHistory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.EXPERIMENT__RECORD_STATE_HISTORY, oldRecordStateHistory, recordStateHistory));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case OffloadPackage.EXPERIMENT__TOPOLOGY:
				return basicSetTopology(null, msgs);
			case OffloadPackage.EXPERIMENT__WORKLOAD:
				return basicSetWorkload(null, msgs);
			case OffloadPackage.EXPERIMENT__POLICIES:
				return basicSetPolicies(null, msgs);
			case OffloadPackage.EXPERIMENT__FAILURE_PLAN:
				return basicSetFailurePlan(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case OffloadPackage.EXPERIMENT__NAME:
				return getName();
			case OffloadPackage.EXPERIMENT__DESCRIPTION:
				return getDescription();
			case OffloadPackage.EXPERIMENT__SEED:
				return getSeed();
			case OffloadPackage.EXPERIMENT__DURATION_MILLIS:
				return getDurationMillis();
			case OffloadPackage.EXPERIMENT__TOPOLOGY:
				return getTopology();
			case OffloadPackage.EXPERIMENT__WORKLOAD:
				return getWorkload();
			case OffloadPackage.EXPERIMENT__POLICIES:
				return getPolicies();
			case OffloadPackage.EXPERIMENT__FAILURE_PLAN:
				return getFailurePlan();
			case OffloadPackage.EXPERIMENT__RECOVERY:
				return getRecovery();
			case OffloadPackage.EXPERIMENT__RECORD_CONNECTIONS:
				return getRecordConnections();
			case OffloadPackage.EXPERIMENT__RECORD_STATE_HISTORY:
				return isRecordStateHistory();
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
			case OffloadPackage.EXPERIMENT__NAME:
				setName((String)newValue);
				return;
			case OffloadPackage.EXPERIMENT__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case OffloadPackage.EXPERIMENT__SEED:
				setSeed((Long)newValue);
				return;
			case OffloadPackage.EXPERIMENT__DURATION_MILLIS:
				setDurationMillis((Long)newValue);
				return;
			case OffloadPackage.EXPERIMENT__TOPOLOGY:
				setTopology((Topology)newValue);
				return;
			case OffloadPackage.EXPERIMENT__WORKLOAD:
				setWorkload((Workload)newValue);
				return;
			case OffloadPackage.EXPERIMENT__POLICIES:
				setPolicies((AdapterPolicies)newValue);
				return;
			case OffloadPackage.EXPERIMENT__FAILURE_PLAN:
				setFailurePlan((FailurePlan)newValue);
				return;
			case OffloadPackage.EXPERIMENT__RECOVERY:
				setRecovery((RecoveryStrategy)newValue);
				return;
			case OffloadPackage.EXPERIMENT__RECORD_CONNECTIONS:
				setRecordConnections((Integer)newValue);
				return;
			case OffloadPackage.EXPERIMENT__RECORD_STATE_HISTORY:
				setRecordStateHistory((Boolean)newValue);
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
			case OffloadPackage.EXPERIMENT__NAME:
				setName(NAME_EDEFAULT);
				return;
			case OffloadPackage.EXPERIMENT__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case OffloadPackage.EXPERIMENT__SEED:
				setSeed(SEED_EDEFAULT);
				return;
			case OffloadPackage.EXPERIMENT__DURATION_MILLIS:
				setDurationMillis(DURATION_MILLIS_EDEFAULT);
				return;
			case OffloadPackage.EXPERIMENT__TOPOLOGY:
				setTopology((Topology)null);
				return;
			case OffloadPackage.EXPERIMENT__WORKLOAD:
				setWorkload((Workload)null);
				return;
			case OffloadPackage.EXPERIMENT__POLICIES:
				setPolicies((AdapterPolicies)null);
				return;
			case OffloadPackage.EXPERIMENT__FAILURE_PLAN:
				setFailurePlan((FailurePlan)null);
				return;
			case OffloadPackage.EXPERIMENT__RECOVERY:
				setRecovery(RECOVERY_EDEFAULT);
				return;
			case OffloadPackage.EXPERIMENT__RECORD_CONNECTIONS:
				setRecordConnections(RECORD_CONNECTIONS_EDEFAULT);
				return;
			case OffloadPackage.EXPERIMENT__RECORD_STATE_HISTORY:
				setRecordStateHistory(RECORD_STATE_HISTORY_EDEFAULT);
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
			case OffloadPackage.EXPERIMENT__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case OffloadPackage.EXPERIMENT__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case OffloadPackage.EXPERIMENT__SEED:
				return seed != SEED_EDEFAULT;
			case OffloadPackage.EXPERIMENT__DURATION_MILLIS:
				return durationMillis != DURATION_MILLIS_EDEFAULT;
			case OffloadPackage.EXPERIMENT__TOPOLOGY:
				return topology != null;
			case OffloadPackage.EXPERIMENT__WORKLOAD:
				return workload != null;
			case OffloadPackage.EXPERIMENT__POLICIES:
				return policies != null;
			case OffloadPackage.EXPERIMENT__FAILURE_PLAN:
				return failurePlan != null;
			case OffloadPackage.EXPERIMENT__RECOVERY:
				return recovery != RECOVERY_EDEFAULT;
			case OffloadPackage.EXPERIMENT__RECORD_CONNECTIONS:
				return recordConnections != RECORD_CONNECTIONS_EDEFAULT;
			case OffloadPackage.EXPERIMENT__RECORD_STATE_HISTORY:
				return recordStateHistory != RECORD_STATE_HISTORY_EDEFAULT;
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
		result.append(" (name: ");
		result.append(name);
		result.append(", description: ");
		result.append(description);
		result.append(", seed: ");
		result.append(seed);
		result.append(", durationMillis: ");
		result.append(durationMillis);
		result.append(", recovery: ");
		result.append(recovery);
		result.append(", recordConnections: ");
		result.append(recordConnections);
		result.append(", recordStateHistory: ");
		result.append(recordStateHistory);
		result.append(')');
		return result.toString();
	}

} //ExperimentImpl
