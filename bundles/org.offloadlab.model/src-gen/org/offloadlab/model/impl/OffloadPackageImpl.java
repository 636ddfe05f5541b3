/**
 */
package org.offloadlab.model.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.offloadlab.model.Adapter;
import org.offloadlab.model.AdapterCapabilities;
import org.offloadlab.model.AdapterPolicies;
import org.offloadlab.model.BufferGroupPolicy;
import org.offloadlab.model.BufferGroupResult;
import org.offloadlab.model.BufferGroupRule;
import org.offloadlab.model.BulkWorkload;
import org.offloadlab.model.ConnectionAttribute;
import org.offloadlab.model.ConnectionRecord;
import org.offloadlab.model.DoubleArray;
import org.offloadlab.model.Experiment;
import org.offloadlab.model.FailoverTimeline;
import org.offloadlab.model.FailureMode;
import org.offloadlab.model.FailurePlan;
import org.offloadlab.model.FailureTrigger;
import org.offloadlab.model.Host;
import org.offloadlab.model.IntArray;
import org.offloadlab.model.IntegrityVerdict;
import org.offloadlab.model.Link;
import org.offloadlab.model.LongArray;
import org.offloadlab.model.Metric;
import org.offloadlab.model.NotificationKind;
import org.offloadlab.model.OffloadFactory;
import org.offloadlab.model.OffloadPackage;
import org.offloadlab.model.Peer;
import org.offloadlab.model.Provenance;
import org.offloadlab.model.RecoveryStrategy;
import org.offloadlab.model.RequestResponseWorkload;
import org.offloadlab.model.Results;
import org.offloadlab.model.Series;
import org.offloadlab.model.ShortConnectionsWorkload;
import org.offloadlab.model.Topology;
import org.offloadlab.model.TraceWorkload;
import org.offloadlab.model.Workload;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class OffloadPackageImpl extends EPackageImpl implements OffloadPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass experimentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass topologyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass hostEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass adapterEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass adapterCapabilitiesEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass linkEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass peerEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass workloadEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass bulkWorkloadEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass requestResponseWorkloadEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass shortConnectionsWorkloadEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass traceWorkloadEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass adapterPoliciesEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass bufferGroupRuleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass failurePlanEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass resultsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass provenanceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass metricEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass failoverTimelineEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass integrityVerdictEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass seriesEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass connectionRecordEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass bufferGroupResultEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum notificationKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum bufferGroupPolicyEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum connectionAttributeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum failureTriggerEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum failureModeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum recoveryStrategyEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType longArrayEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType doubleArrayEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType intArrayEDataType = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.offloadlab.model.OffloadPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private OffloadPackageImpl() {
		super(eNS_URI, OffloadFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link OffloadPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static OffloadPackage init() {
		if (isInited) return (OffloadPackage)EPackage.Registry.INSTANCE.getEPackage(OffloadPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredOffloadPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		OffloadPackageImpl theOffloadPackage = registeredOffloadPackage instanceof OffloadPackageImpl ? (OffloadPackageImpl)registeredOffloadPackage : new OffloadPackageImpl();

		isInited = true;

		// Create package meta-data objects
		theOffloadPackage.createPackageContents();

		// Initialize created meta-data
		theOffloadPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theOffloadPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(OffloadPackage.eNS_URI, theOffloadPackage);
		return theOffloadPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getExperiment() {
		return experimentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExperiment_Name() {
		return (EAttribute)experimentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExperiment_Description() {
		return (EAttribute)experimentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExperiment_Seed() {
		return (EAttribute)experimentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExperiment_DurationMillis() {
		return (EAttribute)experimentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExperiment_Topology() {
		return (EReference)experimentEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExperiment_Workload() {
		return (EReference)experimentEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExperiment_Policies() {
		return (EReference)experimentEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExperiment_FailurePlan() {
		return (EReference)experimentEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExperiment_Recovery() {
		return (EAttribute)experimentEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExperiment_RecordConnections() {
		return (EAttribute)experimentEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExperiment_RecordStateHistory() {
		return (EAttribute)experimentEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTopology() {
		return topologyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTopology_Host() {
		return (EReference)topologyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTopology_Adapters() {
		return (EReference)topologyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTopology_Links() {
		return (EReference)topologyEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTopology_Peers() {
		return (EReference)topologyEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHost() {
		return hostEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHost_Name() {
		return (EAttribute)hostEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHost_Address() {
		return (EAttribute)hostEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAdapter() {
		return adapterEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdapter_Name() {
		return (EAttribute)adapterEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdapter_Substitute() {
		return (EAttribute)adapterEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAdapter_Capabilities() {
		return (EReference)adapterEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAdapterCapabilities() {
		return adapterCapabilitiesEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdapterCapabilities_TableCapacity() {
		return (EAttribute)adapterCapabilitiesEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdapterCapabilities_SynQueueCapacity() {
		return (EAttribute)adapterCapabilitiesEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdapterCapabilities_SynCookies() {
		return (EAttribute)adapterCapabilitiesEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdapterCapabilities_ZeroCopy() {
		return (EAttribute)adapterCapabilitiesEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLink() {
		return linkEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLink_Name() {
		return (EAttribute)linkEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLink_Adapter() {
		return (EReference)linkEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLink_Peer() {
		return (EReference)linkEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLink_DelayMicros() {
		return (EAttribute)linkEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLink_BandwidthBitsPerSecond() {
		return (EAttribute)linkEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLink_LossRate() {
		return (EAttribute)linkEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLink_QueuePackets() {
		return (EAttribute)linkEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPeer() {
		return peerEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPeer_Name() {
		return (EAttribute)peerEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPeer_Address() {
		return (EAttribute)peerEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getWorkload() {
		return workloadEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkload_Port() {
		return (EAttribute)workloadEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkload_Connections() {
		return (EAttribute)workloadEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBulkWorkload() {
		return bulkWorkloadEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBulkWorkload_BytesToHost() {
		return (EAttribute)bulkWorkloadEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBulkWorkload_BytesFromHost() {
		return (EAttribute)bulkWorkloadEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRequestResponseWorkload() {
		return requestResponseWorkloadEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRequestResponseWorkload_RequestsPerConnection() {
		return (EAttribute)requestResponseWorkloadEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRequestResponseWorkload_RequestBytes() {
		return (EAttribute)requestResponseWorkloadEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRequestResponseWorkload_ResponseBytes() {
		return (EAttribute)requestResponseWorkloadEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRequestResponseWorkload_ThinkTimeMicros() {
		return (EAttribute)requestResponseWorkloadEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getShortConnectionsWorkload() {
		return shortConnectionsWorkloadEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getShortConnectionsWorkload_RatePerSecond() {
		return (EAttribute)shortConnectionsWorkloadEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getShortConnectionsWorkload_RequestBytes() {
		return (EAttribute)shortConnectionsWorkloadEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getShortConnectionsWorkload_ResponseBytes() {
		return (EAttribute)shortConnectionsWorkloadEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTraceWorkload() {
		return traceWorkloadEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTraceWorkload_CapturePath() {
		return (EAttribute)traceWorkloadEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTraceWorkload_CaptureChecksum() {
		return (EAttribute)traceWorkloadEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAdapterPolicies() {
		return adapterPoliciesEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdapterPolicies_Notification() {
		return (EAttribute)adapterPoliciesEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdapterPolicies_BatchCount() {
		return (EAttribute)adapterPoliciesEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdapterPolicies_BatchTimeMicros() {
		return (EAttribute)adapterPoliciesEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdapterPolicies_AdaptiveMaxMicros() {
		return (EAttribute)adapterPoliciesEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdapterPolicies_InterruptCoalescingCount() {
		return (EAttribute)adapterPoliciesEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdapterPolicies_InterruptCoalescingMicros() {
		return (EAttribute)adapterPoliciesEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdapterPolicies_BufferGroups() {
		return (EAttribute)adapterPoliciesEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAdapterPolicies_BufferGroupRules() {
		return (EReference)adapterPoliciesEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdapterPolicies_DelayedDma() {
		return (EAttribute)adapterPoliciesEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdapterPolicies_DmaBatchMicros() {
		return (EAttribute)adapterPoliciesEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdapterPolicies_ExpediteUrgent() {
		return (EAttribute)adapterPoliciesEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdapterPolicies_ZeroCopyThresholdBytes() {
		return (EAttribute)adapterPoliciesEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBufferGroupRule() {
		return bufferGroupRuleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBufferGroupRule_Attribute() {
		return (EAttribute)bufferGroupRuleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBufferGroupRule_Value() {
		return (EAttribute)bufferGroupRuleEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBufferGroupRule_Group() {
		return (EAttribute)bufferGroupRuleEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBufferGroupRule_Buffers() {
		return (EAttribute)bufferGroupRuleEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFailurePlan() {
		return failurePlanEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFailurePlan_Adapter() {
		return (EReference)failurePlanEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFailurePlan_Trigger() {
		return (EAttribute)failurePlanEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFailurePlan_AtMillis() {
		return (EAttribute)failurePlanEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFailurePlan_AtPacket() {
		return (EAttribute)failurePlanEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFailurePlan_Mode() {
		return (EAttribute)failurePlanEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getResults() {
		return resultsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResults_Experiment() {
		return (EAttribute)resultsEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getResults_Provenance() {
		return (EReference)resultsEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getResults_Metrics() {
		return (EReference)resultsEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getResults_Failovers() {
		return (EReference)resultsEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getResults_Integrity() {
		return (EReference)resultsEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getResults_Series() {
		return (EReference)resultsEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getResults_Connections() {
		return (EReference)resultsEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getResults_BufferGroups() {
		return (EReference)resultsEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResults_ConnectionsNotRecorded() {
		return (EAttribute)resultsEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getProvenance() {
		return provenanceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProvenance_Version() {
		return (EAttribute)provenanceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProvenance_Seed() {
		return (EAttribute)provenanceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProvenance_CaptureChecksum() {
		return (EAttribute)provenanceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMetric() {
		return metricEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMetric_Name() {
		return (EAttribute)metricEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMetric_Value() {
		return (EAttribute)metricEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFailoverTimeline() {
		return failoverTimelineEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFailoverTimeline_Adapter() {
		return (EAttribute)failoverTimelineEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFailoverTimeline_Mode() {
		return (EAttribute)failoverTimelineEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFailoverTimeline_Recovery() {
		return (EAttribute)failoverTimelineEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFailoverTimeline_FailedAtNanos() {
		return (EAttribute)failoverTimelineEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFailoverTimeline_RecoveredAtNanos() {
		return (EAttribute)failoverTimelineEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFailoverTimeline_ConnectionsRestored() {
		return (EAttribute)failoverTimelineEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFailoverTimeline_Outcome() {
		return (EAttribute)failoverTimelineEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFailoverTimeline_DetectedAtNanos() {
		return (EAttribute)failoverTimelineEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFailoverTimeline_BlockedAtNanos() {
		return (EAttribute)failoverTimelineEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFailoverTimeline_HardStateRecoveredAtNanos() {
		return (EAttribute)failoverTimelineEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFailoverTimeline_SubstituteActiveAtNanos() {
		return (EAttribute)failoverTimelineEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFailoverTimeline_ResumedAtNanos() {
		return (EAttribute)failoverTimelineEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFailoverTimeline_FirstSegmentAtNanos() {
		return (EAttribute)failoverTimelineEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFailoverTimeline_SoftStateConvergedAtNanos() {
		return (EAttribute)failoverTimelineEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFailoverTimeline_Substitute() {
		return (EAttribute)failoverTimelineEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFailoverTimeline_BlackoutP50Nanos() {
		return (EAttribute)failoverTimelineEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFailoverTimeline_BlackoutP99Nanos() {
		return (EAttribute)failoverTimelineEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFailoverTimeline_BlackoutMaxNanos() {
		return (EAttribute)failoverTimelineEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFailoverTimeline_BytesRetransmitted() {
		return (EAttribute)failoverTimelineEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFailoverTimeline_ConnectionsLost() {
		return (EAttribute)failoverTimelineEClass.getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFailoverTimeline_UnnotifiedConnections() {
		return (EAttribute)failoverTimelineEClass.getEStructuralFeatures().get(20);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFailoverTimeline_BlackoutConnectionIds() {
		return (EAttribute)failoverTimelineEClass.getEStructuralFeatures().get(21);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFailoverTimeline_BlackoutNanos() {
		return (EAttribute)failoverTimelineEClass.getEStructuralFeatures().get(22);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIntegrityVerdict() {
		return integrityVerdictEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIntegrityVerdict_Ok() {
		return (EAttribute)integrityVerdictEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIntegrityVerdict_Connections() {
		return (EAttribute)integrityVerdictEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIntegrityVerdict_BytesLost() {
		return (EAttribute)integrityVerdictEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIntegrityVerdict_BytesDuplicated() {
		return (EAttribute)integrityVerdictEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIntegrityVerdict_BytesReordered() {
		return (EAttribute)integrityVerdictEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIntegrityVerdict_ConnectionsReset() {
		return (EAttribute)integrityVerdictEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSeries() {
		return seriesEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSeries_Name() {
		return (EAttribute)seriesEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSeries_Unit() {
		return (EAttribute)seriesEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSeries_Kind() {
		return (EAttribute)seriesEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSeries_TimesNanos() {
		return (EAttribute)seriesEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSeries_Values() {
		return (EAttribute)seriesEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getConnectionRecord() {
		return connectionRecordEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConnectionRecord_Id() {
		return (EAttribute)connectionRecordEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConnectionRecord_LocalAddress() {
		return (EAttribute)connectionRecordEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConnectionRecord_LocalPort() {
		return (EAttribute)connectionRecordEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConnectionRecord_RemoteAddress() {
		return (EAttribute)connectionRecordEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConnectionRecord_RemotePort() {
		return (EAttribute)connectionRecordEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConnectionRecord_Adapter() {
		return (EAttribute)connectionRecordEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConnectionRecord_BufferGroup() {
		return (EAttribute)connectionRecordEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConnectionRecord_TcpState() {
		return (EAttribute)connectionRecordEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConnectionRecord_OpenedAtNanos() {
		return (EAttribute)connectionRecordEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConnectionRecord_LastSeenAtNanos() {
		return (EAttribute)connectionRecordEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConnectionRecord_SndUna() {
		return (EAttribute)connectionRecordEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConnectionRecord_SndNxt() {
		return (EAttribute)connectionRecordEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConnectionRecord_RcvNxt() {
		return (EAttribute)connectionRecordEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConnectionRecord_SndWnd() {
		return (EAttribute)connectionRecordEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConnectionRecord_RcvWnd() {
		return (EAttribute)connectionRecordEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConnectionRecord_Mss() {
		return (EAttribute)connectionRecordEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConnectionRecord_WindowScaling() {
		return (EAttribute)connectionRecordEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConnectionRecord_SndWscale() {
		return (EAttribute)connectionRecordEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConnectionRecord_RcvWscale() {
		return (EAttribute)connectionRecordEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConnectionRecord_Sack() {
		return (EAttribute)connectionRecordEClass.getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConnectionRecord_Timestamps() {
		return (EAttribute)connectionRecordEClass.getEStructuralFeatures().get(20);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConnectionRecord_Cwnd() {
		return (EAttribute)connectionRecordEClass.getEStructuralFeatures().get(21);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConnectionRecord_Ssthresh() {
		return (EAttribute)connectionRecordEClass.getEStructuralFeatures().get(22);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConnectionRecord_SrttNanos() {
		return (EAttribute)connectionRecordEClass.getEStructuralFeatures().get(23);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConnectionRecord_RtoNanos() {
		return (EAttribute)connectionRecordEClass.getEStructuralFeatures().get(24);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConnectionRecord_BytesIn() {
		return (EAttribute)connectionRecordEClass.getEStructuralFeatures().get(25);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConnectionRecord_BytesOut() {
		return (EAttribute)connectionRecordEClass.getEStructuralFeatures().get(26);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConnectionRecord_StateTimesNanos() {
		return (EAttribute)connectionRecordEClass.getEStructuralFeatures().get(27);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConnectionRecord_States() {
		return (EAttribute)connectionRecordEClass.getEStructuralFeatures().get(28);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBufferGroupResult() {
		return bufferGroupResultEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBufferGroupResult_Name() {
		return (EAttribute)bufferGroupResultEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBufferGroupResult_Rules() {
		return (EAttribute)bufferGroupResultEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBufferGroupResult_Members() {
		return (EAttribute)bufferGroupResultEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBufferGroupResult_BuffersHeldPeak() {
		return (EAttribute)bufferGroupResultEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBufferGroupResult_BytesHeldPeak() {
		return (EAttribute)bufferGroupResultEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBufferGroupResult_FillRatio() {
		return (EAttribute)bufferGroupResultEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getNotificationKind() {
		return notificationKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getBufferGroupPolicy() {
		return bufferGroupPolicyEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getConnectionAttribute() {
		return connectionAttributeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getFailureTrigger() {
		return failureTriggerEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getFailureMode() {
		return failureModeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRecoveryStrategy() {
		return recoveryStrategyEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getLongArray() {
		return longArrayEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getDoubleArray() {
		return doubleArrayEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getIntArray() {
		return intArrayEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OffloadFactory getOffloadFactory() {
		return (OffloadFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		experimentEClass = createEClass(EXPERIMENT);
		createEAttribute(experimentEClass, EXPERIMENT__NAME);
		createEAttribute(experimentEClass, EXPERIMENT__DESCRIPTION);
		createEAttribute(experimentEClass, EXPERIMENT__SEED);
		createEAttribute(experimentEClass, EXPERIMENT__DURATION_MILLIS);
		createEReference(experimentEClass, EXPERIMENT__TOPOLOGY);
		createEReference(experimentEClass, EXPERIMENT__WORKLOAD);
		createEReference(experimentEClass, EXPERIMENT__POLICIES);
		createEReference(experimentEClass, EXPERIMENT__FAILURE_PLAN);
		createEAttribute(experimentEClass, EXPERIMENT__RECOVERY);
		createEAttribute(experimentEClass, EXPERIMENT__RECORD_CONNECTIONS);
		createEAttribute(experimentEClass, EXPERIMENT__RECORD_STATE_HISTORY);

		topologyEClass = createEClass(TOPOLOGY);
		createEReference(topologyEClass, TOPOLOGY__HOST);
		createEReference(topologyEClass, TOPOLOGY__ADAPTERS);
		createEReference(topologyEClass, TOPOLOGY__LINKS);
		createEReference(topologyEClass, TOPOLOGY__PEERS);

		hostEClass = createEClass(HOST);
		createEAttribute(hostEClass, HOST__NAME);
		createEAttribute(hostEClass, HOST__ADDRESS);

		adapterEClass = createEClass(ADAPTER);
		createEAttribute(adapterEClass, ADAPTER__NAME);
		createEAttribute(adapterEClass, ADAPTER__SUBSTITUTE);
		createEReference(adapterEClass, ADAPTER__CAPABILITIES);

		adapterCapabilitiesEClass = createEClass(ADAPTER_CAPABILITIES);
		createEAttribute(adapterCapabilitiesEClass, ADAPTER_CAPABILITIES__TABLE_CAPACITY);
		createEAttribute(adapterCapabilitiesEClass, ADAPTER_CAPABILITIES__SYN_QUEUE_CAPACITY);
		createEAttribute(adapterCapabilitiesEClass, ADAPTER_CAPABILITIES__SYN_COOKIES);
		createEAttribute(adapterCapabilitiesEClass, ADAPTER_CAPABILITIES__ZERO_COPY);

		linkEClass = createEClass(LINK);
		createEAttribute(linkEClass, LINK__NAME);
		createEReference(linkEClass, LINK__ADAPTER);
		createEReference(linkEClass, LINK__PEER);
		createEAttribute(linkEClass, LINK__DELAY_MICROS);
		createEAttribute(linkEClass, LINK__BANDWIDTH_BITS_PER_SECOND);
		createEAttribute(linkEClass, LINK__LOSS_RATE);
		createEAttribute(linkEClass, LINK__QUEUE_PACKETS);

		peerEClass = createEClass(PEER);
		createEAttribute(peerEClass, PEER__NAME);
		createEAttribute(peerEClass, PEER__ADDRESS);

		workloadEClass = createEClass(WORKLOAD);
		createEAttribute(workloadEClass, WORKLOAD__PORT);
		createEAttribute(workloadEClass, WORKLOAD__CONNECTIONS);

		bulkWorkloadEClass = createEClass(BULK_WORKLOAD);
		createEAttribute(bulkWorkloadEClass, BULK_WORKLOAD__BYTES_TO_HOST);
		createEAttribute(bulkWorkloadEClass, BULK_WORKLOAD__BYTES_FROM_HOST);

		requestResponseWorkloadEClass = createEClass(REQUEST_RESPONSE_WORKLOAD);
		createEAttribute(requestResponseWorkloadEClass, REQUEST_RESPONSE_WORKLOAD__REQUESTS_PER_CONNECTION);
		createEAttribute(requestResponseWorkloadEClass, REQUEST_RESPONSE_WORKLOAD__REQUEST_BYTES);
		createEAttribute(requestResponseWorkloadEClass, REQUEST_RESPONSE_WORKLOAD__RESPONSE_BYTES);
		createEAttribute(requestResponseWorkloadEClass, REQUEST_RESPONSE_WORKLOAD__THINK_TIME_MICROS);

		shortConnectionsWorkloadEClass = createEClass(SHORT_CONNECTIONS_WORKLOAD);
		createEAttribute(shortConnectionsWorkloadEClass, SHORT_CONNECTIONS_WORKLOAD__RATE_PER_SECOND);
		createEAttribute(shortConnectionsWorkloadEClass, SHORT_CONNECTIONS_WORKLOAD__REQUEST_BYTES);
		createEAttribute(shortConnectionsWorkloadEClass, SHORT_CONNECTIONS_WORKLOAD__RESPONSE_BYTES);

		traceWorkloadEClass = createEClass(TRACE_WORKLOAD);
		createEAttribute(traceWorkloadEClass, TRACE_WORKLOAD__CAPTURE_PATH);
		createEAttribute(traceWorkloadEClass, TRACE_WORKLOAD__CAPTURE_CHECKSUM);

		adapterPoliciesEClass = createEClass(ADAPTER_POLICIES);
		createEAttribute(adapterPoliciesEClass, ADAPTER_POLICIES__NOTIFICATION);
		createEAttribute(adapterPoliciesEClass, ADAPTER_POLICIES__BATCH_COUNT);
		createEAttribute(adapterPoliciesEClass, ADAPTER_POLICIES__BATCH_TIME_MICROS);
		createEAttribute(adapterPoliciesEClass, ADAPTER_POLICIES__ADAPTIVE_MAX_MICROS);
		createEAttribute(adapterPoliciesEClass, ADAPTER_POLICIES__INTERRUPT_COALESCING_COUNT);
		createEAttribute(adapterPoliciesEClass, ADAPTER_POLICIES__INTERRUPT_COALESCING_MICROS);
		createEAttribute(adapterPoliciesEClass, ADAPTER_POLICIES__BUFFER_GROUPS);
		createEReference(adapterPoliciesEClass, ADAPTER_POLICIES__BUFFER_GROUP_RULES);
		createEAttribute(adapterPoliciesEClass, ADAPTER_POLICIES__DELAYED_DMA);
		createEAttribute(adapterPoliciesEClass, ADAPTER_POLICIES__DMA_BATCH_MICROS);
		createEAttribute(adapterPoliciesEClass, ADAPTER_POLICIES__EXPEDITE_URGENT);
		createEAttribute(adapterPoliciesEClass, ADAPTER_POLICIES__ZERO_COPY_THRESHOLD_BYTES);

		bufferGroupRuleEClass = createEClass(BUFFER_GROUP_RULE);
		createEAttribute(bufferGroupRuleEClass, BUFFER_GROUP_RULE__ATTRIBUTE);
		createEAttribute(bufferGroupRuleEClass, BUFFER_GROUP_RULE__VALUE);
		createEAttribute(bufferGroupRuleEClass, BUFFER_GROUP_RULE__GROUP);
		createEAttribute(bufferGroupRuleEClass, BUFFER_GROUP_RULE__BUFFERS);

		failurePlanEClass = createEClass(FAILURE_PLAN);
		createEReference(failurePlanEClass, FAILURE_PLAN__ADAPTER);
		createEAttribute(failurePlanEClass, FAILURE_PLAN__TRIGGER);
		createEAttribute(failurePlanEClass, FAILURE_PLAN__AT_MILLIS);
		createEAttribute(failurePlanEClass, FAILURE_PLAN__AT_PACKET);
		createEAttribute(failurePlanEClass, FAILURE_PLAN__MODE);

		resultsEClass = createEClass(RESULTS);
		createEAttribute(resultsEClass, RESULTS__EXPERIMENT);
		createEReference(resultsEClass, RESULTS__PROVENANCE);
		createEReference(resultsEClass, RESULTS__METRICS);
		createEReference(resultsEClass, RESULTS__FAILOVERS);
		createEReference(resultsEClass, RESULTS__INTEGRITY);
		createEReference(resultsEClass, RESULTS__SERIES);
		createEReference(resultsEClass, RESULTS__CONNECTIONS);
		createEReference(resultsEClass, RESULTS__BUFFER_GROUPS);
		createEAttribute(resultsEClass, RESULTS__CONNECTIONS_NOT_RECORDED);

		provenanceEClass = createEClass(PROVENANCE);
		createEAttribute(provenanceEClass, PROVENANCE__VERSION);
		createEAttribute(provenanceEClass, PROVENANCE__SEED);
		createEAttribute(provenanceEClass, PROVENANCE__CAPTURE_CHECKSUM);

		metricEClass = createEClass(METRIC);
		createEAttribute(metricEClass, METRIC__NAME);
		createEAttribute(metricEClass, METRIC__VALUE);

		failoverTimelineEClass = createEClass(FAILOVER_TIMELINE);
		createEAttribute(failoverTimelineEClass, FAILOVER_TIMELINE__ADAPTER);
		createEAttribute(failoverTimelineEClass, FAILOVER_TIMELINE__MODE);
		createEAttribute(failoverTimelineEClass, FAILOVER_TIMELINE__RECOVERY);
		createEAttribute(failoverTimelineEClass, FAILOVER_TIMELINE__FAILED_AT_NANOS);
		createEAttribute(failoverTimelineEClass, FAILOVER_TIMELINE__RECOVERED_AT_NANOS);
		createEAttribute(failoverTimelineEClass, FAILOVER_TIMELINE__CONNECTIONS_RESTORED);
		createEAttribute(failoverTimelineEClass, FAILOVER_TIMELINE__OUTCOME);
		createEAttribute(failoverTimelineEClass, FAILOVER_TIMELINE__DETECTED_AT_NANOS);
		createEAttribute(failoverTimelineEClass, FAILOVER_TIMELINE__BLOCKED_AT_NANOS);
		createEAttribute(failoverTimelineEClass, FAILOVER_TIMELINE__HARD_STATE_RECOVERED_AT_NANOS);
		createEAttribute(failoverTimelineEClass, FAILOVER_TIMELINE__SUBSTITUTE_ACTIVE_AT_NANOS);
		createEAttribute(failoverTimelineEClass, FAILOVER_TIMELINE__RESUMED_AT_NANOS);
		createEAttribute(failoverTimelineEClass, FAILOVER_TIMELINE__FIRST_SEGMENT_AT_NANOS);
		createEAttribute(failoverTimelineEClass, FAILOVER_TIMELINE__SOFT_STATE_CONVERGED_AT_NANOS);
		createEAttribute(failoverTimelineEClass, FAILOVER_TIMELINE__SUBSTITUTE);
		createEAttribute(failoverTimelineEClass, FAILOVER_TIMELINE__BLACKOUT_P50_NANOS);
		createEAttribute(failoverTimelineEClass, FAILOVER_TIMELINE__BLACKOUT_P99_NANOS);
		createEAttribute(failoverTimelineEClass, FAILOVER_TIMELINE__BLACKOUT_MAX_NANOS);
		createEAttribute(failoverTimelineEClass, FAILOVER_TIMELINE__BYTES_RETRANSMITTED);
		createEAttribute(failoverTimelineEClass, FAILOVER_TIMELINE__CONNECTIONS_LOST);
		createEAttribute(failoverTimelineEClass, FAILOVER_TIMELINE__UNNOTIFIED_CONNECTIONS);
		createEAttribute(failoverTimelineEClass, FAILOVER_TIMELINE__BLACKOUT_CONNECTION_IDS);
		createEAttribute(failoverTimelineEClass, FAILOVER_TIMELINE__BLACKOUT_NANOS);

		integrityVerdictEClass = createEClass(INTEGRITY_VERDICT);
		createEAttribute(integrityVerdictEClass, INTEGRITY_VERDICT__OK);
		createEAttribute(integrityVerdictEClass, INTEGRITY_VERDICT__CONNECTIONS);
		createEAttribute(integrityVerdictEClass, INTEGRITY_VERDICT__BYTES_LOST);
		createEAttribute(integrityVerdictEClass, INTEGRITY_VERDICT__BYTES_DUPLICATED);
		createEAttribute(integrityVerdictEClass, INTEGRITY_VERDICT__BYTES_REORDERED);
		createEAttribute(integrityVerdictEClass, INTEGRITY_VERDICT__CONNECTIONS_RESET);

		seriesEClass = createEClass(SERIES);
		createEAttribute(seriesEClass, SERIES__NAME);
		createEAttribute(seriesEClass, SERIES__UNIT);
		createEAttribute(seriesEClass, SERIES__KIND);
		createEAttribute(seriesEClass, SERIES__TIMES_NANOS);
		createEAttribute(seriesEClass, SERIES__VALUES);

		connectionRecordEClass = createEClass(CONNECTION_RECORD);
		createEAttribute(connectionRecordEClass, CONNECTION_RECORD__ID);
		createEAttribute(connectionRecordEClass, CONNECTION_RECORD__LOCAL_ADDRESS);
		createEAttribute(connectionRecordEClass, CONNECTION_RECORD__LOCAL_PORT);
		createEAttribute(connectionRecordEClass, CONNECTION_RECORD__REMOTE_ADDRESS);
		createEAttribute(connectionRecordEClass, CONNECTION_RECORD__REMOTE_PORT);
		createEAttribute(connectionRecordEClass, CONNECTION_RECORD__ADAPTER);
		createEAttribute(connectionRecordEClass, CONNECTION_RECORD__BUFFER_GROUP);
		createEAttribute(connectionRecordEClass, CONNECTION_RECORD__TCP_STATE);
		createEAttribute(connectionRecordEClass, CONNECTION_RECORD__OPENED_AT_NANOS);
		createEAttribute(connectionRecordEClass, CONNECTION_RECORD__LAST_SEEN_AT_NANOS);
		createEAttribute(connectionRecordEClass, CONNECTION_RECORD__SND_UNA);
		createEAttribute(connectionRecordEClass, CONNECTION_RECORD__SND_NXT);
		createEAttribute(connectionRecordEClass, CONNECTION_RECORD__RCV_NXT);
		createEAttribute(connectionRecordEClass, CONNECTION_RECORD__SND_WND);
		createEAttribute(connectionRecordEClass, CONNECTION_RECORD__RCV_WND);
		createEAttribute(connectionRecordEClass, CONNECTION_RECORD__MSS);
		createEAttribute(connectionRecordEClass, CONNECTION_RECORD__WINDOW_SCALING);
		createEAttribute(connectionRecordEClass, CONNECTION_RECORD__SND_WSCALE);
		createEAttribute(connectionRecordEClass, CONNECTION_RECORD__RCV_WSCALE);
		createEAttribute(connectionRecordEClass, CONNECTION_RECORD__SACK);
		createEAttribute(connectionRecordEClass, CONNECTION_RECORD__TIMESTAMPS);
		createEAttribute(connectionRecordEClass, CONNECTION_RECORD__CWND);
		createEAttribute(connectionRecordEClass, CONNECTION_RECORD__SSTHRESH);
		createEAttribute(connectionRecordEClass, CONNECTION_RECORD__SRTT_NANOS);
		createEAttribute(connectionRecordEClass, CONNECTION_RECORD__RTO_NANOS);
		createEAttribute(connectionRecordEClass, CONNECTION_RECORD__BYTES_IN);
		createEAttribute(connectionRecordEClass, CONNECTION_RECORD__BYTES_OUT);
		createEAttribute(connectionRecordEClass, CONNECTION_RECORD__STATE_TIMES_NANOS);
		createEAttribute(connectionRecordEClass, CONNECTION_RECORD__STATES);

		bufferGroupResultEClass = createEClass(BUFFER_GROUP_RESULT);
		createEAttribute(bufferGroupResultEClass, BUFFER_GROUP_RESULT__NAME);
		createEAttribute(bufferGroupResultEClass, BUFFER_GROUP_RESULT__RULES);
		createEAttribute(bufferGroupResultEClass, BUFFER_GROUP_RESULT__MEMBERS);
		createEAttribute(bufferGroupResultEClass, BUFFER_GROUP_RESULT__BUFFERS_HELD_PEAK);
		createEAttribute(bufferGroupResultEClass, BUFFER_GROUP_RESULT__BYTES_HELD_PEAK);
		createEAttribute(bufferGroupResultEClass, BUFFER_GROUP_RESULT__FILL_RATIO);

		// Create enums
		notificationKindEEnum = createEEnum(NOTIFICATION_KIND);
		bufferGroupPolicyEEnum = createEEnum(BUFFER_GROUP_POLICY);
		connectionAttributeEEnum = createEEnum(CONNECTION_ATTRIBUTE);
		failureTriggerEEnum = createEEnum(FAILURE_TRIGGER);
		failureModeEEnum = createEEnum(FAILURE_MODE);
		recoveryStrategyEEnum = createEEnum(RECOVERY_STRATEGY);

		// Create data types
		longArrayEDataType = createEDataType(LONG_ARRAY);
		doubleArrayEDataType = createEDataType(DOUBLE_ARRAY);
		intArrayEDataType = createEDataType(INT_ARRAY);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		bulkWorkloadEClass.getESuperTypes().add(this.getWorkload());
		requestResponseWorkloadEClass.getESuperTypes().add(this.getWorkload());
		shortConnectionsWorkloadEClass.getESuperTypes().add(this.getWorkload());
		traceWorkloadEClass.getESuperTypes().add(this.getWorkload());

		// Initialize classes, features, and operations; add parameters
		initEClass(experimentEClass, Experiment.class, "Experiment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getExperiment_Name(), ecorePackage.getEString(), "name", null, 1, 1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExperiment_Description(), ecorePackage.getEString(), "description", null, 0, 1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExperiment_Seed(), ecorePackage.getELong(), "seed", "1", 0, 1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExperiment_DurationMillis(), ecorePackage.getELong(), "durationMillis", "60000", 0, 1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getExperiment_Topology(), this.getTopology(), null, "topology", null, 1, 1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getExperiment_Workload(), this.getWorkload(), null, "workload", null, 1, 1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getExperiment_Policies(), this.getAdapterPolicies(), null, "policies", null, 0, 1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getExperiment_FailurePlan(), this.getFailurePlan(), null, "failurePlan", null, 0, 1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExperiment_Recovery(), this.getRecoveryStrategy(), "recovery", null, 0, 1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExperiment_RecordConnections(), ecorePackage.getEInt(), "recordConnections", "1000", 0, 1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExperiment_RecordStateHistory(), ecorePackage.getEBoolean(), "recordStateHistory", "true", 0, 1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(topologyEClass, Topology.class, "Topology", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getTopology_Host(), this.getHost(), null, "host", null, 1, 1, Topology.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTopology_Adapters(), this.getAdapter(), null, "adapters", null, 0, -1, Topology.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTopology_Links(), this.getLink(), null, "links", null, 0, -1, Topology.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTopology_Peers(), this.getPeer(), null, "peers", null, 0, -1, Topology.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(hostEClass, Host.class, "Host", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getHost_Name(), ecorePackage.getEString(), "name", "host", 0, 1, Host.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHost_Address(), ecorePackage.getEInt(), "address", "1", 0, 1, Host.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(adapterEClass, Adapter.class, "Adapter", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAdapter_Name(), ecorePackage.getEString(), "name", null, 1, 1, Adapter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdapter_Substitute(), ecorePackage.getEBoolean(), "substitute", null, 0, 1, Adapter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAdapter_Capabilities(), this.getAdapterCapabilities(), null, "capabilities", null, 0, 1, Adapter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(adapterCapabilitiesEClass, AdapterCapabilities.class, "AdapterCapabilities", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAdapterCapabilities_TableCapacity(), ecorePackage.getEInt(), "tableCapacity", "65536", 0, 1, AdapterCapabilities.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdapterCapabilities_SynQueueCapacity(), ecorePackage.getEInt(), "synQueueCapacity", "1024", 0, 1, AdapterCapabilities.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdapterCapabilities_SynCookies(), ecorePackage.getEBoolean(), "synCookies", "true", 0, 1, AdapterCapabilities.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdapterCapabilities_ZeroCopy(), ecorePackage.getEBoolean(), "zeroCopy", "true", 0, 1, AdapterCapabilities.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(linkEClass, Link.class, "Link", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLink_Name(), ecorePackage.getEString(), "name", null, 1, 1, Link.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLink_Adapter(), this.getAdapter(), null, "adapter", null, 1, 1, Link.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLink_Peer(), this.getPeer(), null, "peer", null, 1, 1, Link.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLink_DelayMicros(), ecorePackage.getELong(), "delayMicros", "1000", 0, 1, Link.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLink_BandwidthBitsPerSecond(), ecorePackage.getELong(), "bandwidthBitsPerSecond", "1000000000", 0, 1, Link.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLink_LossRate(), ecorePackage.getEDouble(), "lossRate", "0.0", 0, 1, Link.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLink_QueuePackets(), ecorePackage.getEInt(), "queuePackets", "1000", 0, 1, Link.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(peerEClass, Peer.class, "Peer", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPeer_Name(), ecorePackage.getEString(), "name", null, 1, 1, Peer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPeer_Address(), ecorePackage.getEInt(), "address", "2", 0, 1, Peer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(workloadEClass, Workload.class, "Workload", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getWorkload_Port(), ecorePackage.getEInt(), "port", "80", 0, 1, Workload.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWorkload_Connections(), ecorePackage.getEInt(), "connections", "10", 0, 1, Workload.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(bulkWorkloadEClass, BulkWorkload.class, "BulkWorkload", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getBulkWorkload_BytesToHost(), ecorePackage.getELong(), "bytesToHost", "1000000", 0, 1, BulkWorkload.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBulkWorkload_BytesFromHost(), ecorePackage.getELong(), "bytesFromHost", "0", 0, 1, BulkWorkload.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(requestResponseWorkloadEClass, RequestResponseWorkload.class, "RequestResponseWorkload", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRequestResponseWorkload_RequestsPerConnection(), ecorePackage.getEInt(), "requestsPerConnection", "10", 0, 1, RequestResponseWorkload.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRequestResponseWorkload_RequestBytes(), ecorePackage.getEInt(), "requestBytes", "200", 0, 1, RequestResponseWorkload.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRequestResponseWorkload_ResponseBytes(), ecorePackage.getEInt(), "responseBytes", "4000", 0, 1, RequestResponseWorkload.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRequestResponseWorkload_ThinkTimeMicros(), ecorePackage.getELong(), "thinkTimeMicros", "1000", 0, 1, RequestResponseWorkload.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(shortConnectionsWorkloadEClass, ShortConnectionsWorkload.class, "ShortConnectionsWorkload", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getShortConnectionsWorkload_RatePerSecond(), ecorePackage.getEDouble(), "ratePerSecond", "1000.0", 0, 1, ShortConnectionsWorkload.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getShortConnectionsWorkload_RequestBytes(), ecorePackage.getEInt(), "requestBytes", "300", 0, 1, ShortConnectionsWorkload.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getShortConnectionsWorkload_ResponseBytes(), ecorePackage.getEInt(), "responseBytes", "4000", 0, 1, ShortConnectionsWorkload.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(traceWorkloadEClass, TraceWorkload.class, "TraceWorkload", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTraceWorkload_CapturePath(), ecorePackage.getEString(), "capturePath", null, 1, 1, TraceWorkload.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTraceWorkload_CaptureChecksum(), ecorePackage.getEString(), "captureChecksum", null, 0, 1, TraceWorkload.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(adapterPoliciesEClass, AdapterPolicies.class, "AdapterPolicies", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAdapterPolicies_Notification(), this.getNotificationKind(), "notification", null, 0, 1, AdapterPolicies.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdapterPolicies_BatchCount(), ecorePackage.getEInt(), "batchCount", "32", 0, 1, AdapterPolicies.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdapterPolicies_BatchTimeMicros(), ecorePackage.getELong(), "batchTimeMicros", "100", 0, 1, AdapterPolicies.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdapterPolicies_AdaptiveMaxMicros(), ecorePackage.getELong(), "adaptiveMaxMicros", "500", 0, 1, AdapterPolicies.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdapterPolicies_InterruptCoalescingCount(), ecorePackage.getEInt(), "interruptCoalescingCount", "1", 0, 1, AdapterPolicies.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdapterPolicies_InterruptCoalescingMicros(), ecorePackage.getELong(), "interruptCoalescingMicros", "0", 0, 1, AdapterPolicies.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdapterPolicies_BufferGroups(), this.getBufferGroupPolicy(), "bufferGroups", null, 0, 1, AdapterPolicies.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAdapterPolicies_BufferGroupRules(), this.getBufferGroupRule(), null, "bufferGroupRules", null, 0, -1, AdapterPolicies.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdapterPolicies_DelayedDma(), ecorePackage.getEBoolean(), "delayedDma", null, 0, 1, AdapterPolicies.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdapterPolicies_DmaBatchMicros(), ecorePackage.getELong(), "dmaBatchMicros", "50", 0, 1, AdapterPolicies.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdapterPolicies_ExpediteUrgent(), ecorePackage.getEBoolean(), "expediteUrgent", "true", 0, 1, AdapterPolicies.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdapterPolicies_ZeroCopyThresholdBytes(), ecorePackage.getEInt(), "zeroCopyThresholdBytes", "65536", 0, 1, AdapterPolicies.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(bufferGroupRuleEClass, BufferGroupRule.class, "BufferGroupRule", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getBufferGroupRule_Attribute(), this.getConnectionAttribute(), "attribute", null, 0, 1, BufferGroupRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBufferGroupRule_Value(), ecorePackage.getEString(), "value", null, 1, 1, BufferGroupRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBufferGroupRule_Group(), ecorePackage.getEString(), "group", null, 1, 1, BufferGroupRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBufferGroupRule_Buffers(), ecorePackage.getEInt(), "buffers", "64", 0, 1, BufferGroupRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(failurePlanEClass, FailurePlan.class, "FailurePlan", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getFailurePlan_Adapter(), this.getAdapter(), null, "adapter", null, 1, 1, FailurePlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFailurePlan_Trigger(), this.getFailureTrigger(), "trigger", null, 0, 1, FailurePlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFailurePlan_AtMillis(), ecorePackage.getELong(), "atMillis", "1000", 0, 1, FailurePlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFailurePlan_AtPacket(), ecorePackage.getELong(), "atPacket", "1000", 0, 1, FailurePlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFailurePlan_Mode(), this.getFailureMode(), "mode", null, 0, 1, FailurePlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(resultsEClass, Results.class, "Results", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getResults_Experiment(), ecorePackage.getEString(), "experiment", null, 0, 1, Results.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getResults_Provenance(), this.getProvenance(), null, "provenance", null, 0, 1, Results.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getResults_Metrics(), this.getMetric(), null, "metrics", null, 0, -1, Results.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getResults_Failovers(), this.getFailoverTimeline(), null, "failovers", null, 0, -1, Results.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getResults_Integrity(), this.getIntegrityVerdict(), null, "integrity", null, 0, 1, Results.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getResults_Series(), this.getSeries(), null, "series", null, 0, -1, Results.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getResults_Connections(), this.getConnectionRecord(), null, "connections", null, 0, -1, Results.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getResults_BufferGroups(), this.getBufferGroupResult(), null, "bufferGroups", null, 0, -1, Results.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getResults_ConnectionsNotRecorded(), ecorePackage.getELong(), "connectionsNotRecorded", "0", 0, 1, Results.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(provenanceEClass, Provenance.class, "Provenance", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getProvenance_Version(), ecorePackage.getEString(), "version", null, 0, 1, Provenance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProvenance_Seed(), ecorePackage.getELong(), "seed", null, 0, 1, Provenance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProvenance_CaptureChecksum(), ecorePackage.getEString(), "captureChecksum", null, 0, 1, Provenance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(metricEClass, Metric.class, "Metric", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMetric_Name(), ecorePackage.getEString(), "name", null, 1, 1, Metric.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMetric_Value(), ecorePackage.getEDouble(), "value", null, 0, 1, Metric.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(failoverTimelineEClass, FailoverTimeline.class, "FailoverTimeline", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFailoverTimeline_Adapter(), ecorePackage.getEString(), "adapter", null, 0, 1, FailoverTimeline.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFailoverTimeline_Mode(), this.getFailureMode(), "mode", null, 0, 1, FailoverTimeline.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFailoverTimeline_Recovery(), this.getRecoveryStrategy(), "recovery", null, 0, 1, FailoverTimeline.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFailoverTimeline_FailedAtNanos(), ecorePackage.getELong(), "failedAtNanos", null, 0, 1, FailoverTimeline.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFailoverTimeline_RecoveredAtNanos(), ecorePackage.getELong(), "recoveredAtNanos", "-1", 0, 1, FailoverTimeline.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFailoverTimeline_ConnectionsRestored(), ecorePackage.getEInt(), "connectionsRestored", null, 0, 1, FailoverTimeline.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFailoverTimeline_Outcome(), ecorePackage.getEString(), "outcome", null, 0, 1, FailoverTimeline.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFailoverTimeline_DetectedAtNanos(), ecorePackage.getELong(), "detectedAtNanos", "-1", 0, 1, FailoverTimeline.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFailoverTimeline_BlockedAtNanos(), ecorePackage.getELong(), "blockedAtNanos", "-1", 0, 1, FailoverTimeline.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFailoverTimeline_HardStateRecoveredAtNanos(), ecorePackage.getELong(), "hardStateRecoveredAtNanos", "-1", 0, 1, FailoverTimeline.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFailoverTimeline_SubstituteActiveAtNanos(), ecorePackage.getELong(), "substituteActiveAtNanos", "-1", 0, 1, FailoverTimeline.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFailoverTimeline_ResumedAtNanos(), ecorePackage.getELong(), "resumedAtNanos", "-1", 0, 1, FailoverTimeline.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFailoverTimeline_FirstSegmentAtNanos(), ecorePackage.getELong(), "firstSegmentAtNanos", "-1", 0, 1, FailoverTimeline.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFailoverTimeline_SoftStateConvergedAtNanos(), ecorePackage.getELong(), "softStateConvergedAtNanos", "-1", 0, 1, FailoverTimeline.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFailoverTimeline_Substitute(), ecorePackage.getEString(), "substitute", null, 0, 1, FailoverTimeline.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFailoverTimeline_BlackoutP50Nanos(), ecorePackage.getELong(), "blackoutP50Nanos", "-1", 0, 1, FailoverTimeline.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFailoverTimeline_BlackoutP99Nanos(), ecorePackage.getELong(), "blackoutP99Nanos", "-1", 0, 1, FailoverTimeline.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFailoverTimeline_BlackoutMaxNanos(), ecorePackage.getELong(), "blackoutMaxNanos", "-1", 0, 1, FailoverTimeline.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFailoverTimeline_BytesRetransmitted(), ecorePackage.getELong(), "bytesRetransmitted", "0", 0, 1, FailoverTimeline.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFailoverTimeline_ConnectionsLost(), ecorePackage.getEInt(), "connectionsLost", "0", 0, 1, FailoverTimeline.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFailoverTimeline_UnnotifiedConnections(), ecorePackage.getEInt(), "unnotifiedConnections", "0", 0, 1, FailoverTimeline.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFailoverTimeline_BlackoutConnectionIds(), this.getIntArray(), "blackoutConnectionIds", null, 0, 1, FailoverTimeline.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFailoverTimeline_BlackoutNanos(), this.getLongArray(), "blackoutNanos", null, 0, 1, FailoverTimeline.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(integrityVerdictEClass, IntegrityVerdict.class, "IntegrityVerdict", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getIntegrityVerdict_Ok(), ecorePackage.getEBoolean(), "ok", null, 0, 1, IntegrityVerdict.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIntegrityVerdict_Connections(), ecorePackage.getELong(), "connections", null, 0, 1, IntegrityVerdict.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIntegrityVerdict_BytesLost(), ecorePackage.getELong(), "bytesLost", null, 0, 1, IntegrityVerdict.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIntegrityVerdict_BytesDuplicated(), ecorePackage.getELong(), "bytesDuplicated", null, 0, 1, IntegrityVerdict.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIntegrityVerdict_BytesReordered(), ecorePackage.getELong(), "bytesReordered", null, 0, 1, IntegrityVerdict.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIntegrityVerdict_ConnectionsReset(), ecorePackage.getELong(), "connectionsReset", null, 0, 1, IntegrityVerdict.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(seriesEClass, Series.class, "Series", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSeries_Name(), ecorePackage.getEString(), "name", null, 1, 1, Series.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSeries_Unit(), ecorePackage.getEString(), "unit", null, 0, 1, Series.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSeries_Kind(), ecorePackage.getEString(), "kind", null, 0, 1, Series.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSeries_TimesNanos(), this.getLongArray(), "timesNanos", null, 0, 1, Series.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSeries_Values(), this.getDoubleArray(), "values", null, 0, 1, Series.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(connectionRecordEClass, ConnectionRecord.class, "ConnectionRecord", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getConnectionRecord_Id(), ecorePackage.getEInt(), "id", null, 0, 1, ConnectionRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConnectionRecord_LocalAddress(), ecorePackage.getEInt(), "localAddress", null, 0, 1, ConnectionRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConnectionRecord_LocalPort(), ecorePackage.getEInt(), "localPort", null, 0, 1, ConnectionRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConnectionRecord_RemoteAddress(), ecorePackage.getEInt(), "remoteAddress", null, 0, 1, ConnectionRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConnectionRecord_RemotePort(), ecorePackage.getEInt(), "remotePort", null, 0, 1, ConnectionRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConnectionRecord_Adapter(), ecorePackage.getEString(), "adapter", null, 0, 1, ConnectionRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConnectionRecord_BufferGroup(), ecorePackage.getEString(), "bufferGroup", null, 0, 1, ConnectionRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConnectionRecord_TcpState(), ecorePackage.getEString(), "tcpState", null, 0, 1, ConnectionRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConnectionRecord_OpenedAtNanos(), ecorePackage.getELong(), "openedAtNanos", "-1", 0, 1, ConnectionRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConnectionRecord_LastSeenAtNanos(), ecorePackage.getELong(), "lastSeenAtNanos", "-1", 0, 1, ConnectionRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConnectionRecord_SndUna(), ecorePackage.getELong(), "sndUna", null, 0, 1, ConnectionRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConnectionRecord_SndNxt(), ecorePackage.getELong(), "sndNxt", null, 0, 1, ConnectionRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConnectionRecord_RcvNxt(), ecorePackage.getELong(), "rcvNxt", null, 0, 1, ConnectionRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConnectionRecord_SndWnd(), ecorePackage.getELong(), "sndWnd", null, 0, 1, ConnectionRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConnectionRecord_RcvWnd(), ecorePackage.getELong(), "rcvWnd", null, 0, 1, ConnectionRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConnectionRecord_Mss(), ecorePackage.getEInt(), "mss", null, 0, 1, ConnectionRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConnectionRecord_WindowScaling(), ecorePackage.getEBoolean(), "windowScaling", null, 0, 1, ConnectionRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConnectionRecord_SndWscale(), ecorePackage.getEInt(), "sndWscale", null, 0, 1, ConnectionRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConnectionRecord_RcvWscale(), ecorePackage.getEInt(), "rcvWscale", null, 0, 1, ConnectionRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConnectionRecord_Sack(), ecorePackage.getEBoolean(), "sack", null, 0, 1, ConnectionRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConnectionRecord_Timestamps(), ecorePackage.getEBoolean(), "timestamps", null, 0, 1, ConnectionRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConnectionRecord_Cwnd(), ecorePackage.getELong(), "cwnd", null, 0, 1, ConnectionRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConnectionRecord_Ssthresh(), ecorePackage.getELong(), "ssthresh", null, 0, 1, ConnectionRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConnectionRecord_SrttNanos(), ecorePackage.getELong(), "srttNanos", null, 0, 1, ConnectionRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConnectionRecord_RtoNanos(), ecorePackage.getELong(), "rtoNanos", null, 0, 1, ConnectionRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConnectionRecord_BytesIn(), ecorePackage.getELong(), "bytesIn", null, 0, 1, ConnectionRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConnectionRecord_BytesOut(), ecorePackage.getELong(), "bytesOut", null, 0, 1, ConnectionRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConnectionRecord_StateTimesNanos(), this.getLongArray(), "stateTimesNanos", null, 0, 1, ConnectionRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConnectionRecord_States(), this.getIntArray(), "states", null, 0, 1, ConnectionRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(bufferGroupResultEClass, BufferGroupResult.class, "BufferGroupResult", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getBufferGroupResult_Name(), ecorePackage.getEString(), "name", null, 1, 1, BufferGroupResult.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBufferGroupResult_Rules(), ecorePackage.getEString(), "rules", null, 0, 1, BufferGroupResult.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBufferGroupResult_Members(), ecorePackage.getEInt(), "members", null, 0, 1, BufferGroupResult.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBufferGroupResult_BuffersHeldPeak(), ecorePackage.getELong(), "buffersHeldPeak", null, 0, 1, BufferGroupResult.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBufferGroupResult_BytesHeldPeak(), ecorePackage.getELong(), "bytesHeldPeak", null, 0, 1, BufferGroupResult.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBufferGroupResult_FillRatio(), ecorePackage.getEDouble(), "fillRatio", null, 0, 1, BufferGroupResult.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(notificationKindEEnum, NotificationKind.class, "NotificationKind");
		addEEnumLiteral(notificationKindEEnum, NotificationKind.PIECEMEAL);
		addEEnumLiteral(notificationKindEEnum, NotificationKind.BULK_COUNT);
		addEEnumLiteral(notificationKindEEnum, NotificationKind.BULK_TIME);
		addEEnumLiteral(notificationKindEEnum, NotificationKind.BULK_COUNT_OR_TIME);
		addEEnumLiteral(notificationKindEEnum, NotificationKind.ADAPTIVE);

		initEEnum(bufferGroupPolicyEEnum, BufferGroupPolicy.class, "BufferGroupPolicy");
		addEEnumLiteral(bufferGroupPolicyEEnum, BufferGroupPolicy.PER_CONNECTION);
		addEEnumLiteral(bufferGroupPolicyEEnum, BufferGroupPolicy.BY_ATTRIBUTE);

		initEEnum(connectionAttributeEEnum, ConnectionAttribute.class, "ConnectionAttribute");
		addEEnumLiteral(connectionAttributeEEnum, ConnectionAttribute.LOCAL_PORT);
		addEEnumLiteral(connectionAttributeEEnum, ConnectionAttribute.REMOTE_PREFIX);
		addEEnumLiteral(connectionAttributeEEnum, ConnectionAttribute.APPLICATION);
		addEEnumLiteral(connectionAttributeEEnum, ConnectionAttribute.TRAFFIC_CLASS);

		initEEnum(failureTriggerEEnum, FailureTrigger.class, "FailureTrigger");
		addEEnumLiteral(failureTriggerEEnum, FailureTrigger.TIME);
		addEEnumLiteral(failureTriggerEEnum, FailureTrigger.PACKET);
		addEEnumLiteral(failureTriggerEEnum, FailureTrigger.RANDOM);

		initEEnum(failureModeEEnum, FailureMode.class, "FailureMode");
		addEEnumLiteral(failureModeEEnum, FailureMode.CRASH);
		addEEnumLiteral(failureModeEEnum, FailureMode.HANG);
		addEEnumLiteral(failureModeEEnum, FailureMode.LINK_DOWN);

		initEEnum(recoveryStrategyEEnum, RecoveryStrategy.class, "RecoveryStrategy");
		addEEnumLiteral(recoveryStrategyEEnum, RecoveryStrategy.HARD_STATE);
		addEEnumLiteral(recoveryStrategyEEnum, RecoveryStrategy.FULL_CHECKPOINT);
		addEEnumLiteral(recoveryStrategyEEnum, RecoveryStrategy.NONE);

		// Initialize data types
		initEDataType(longArrayEDataType, LongArray.class, "LongArray", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(doubleArrayEDataType, DoubleArray.class, "DoubleArray", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(intArrayEDataType, IntArray.class, "IntArray", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);

		// Create resource
		createResource(eNS_URI);
	}

} //OffloadPackageImpl
