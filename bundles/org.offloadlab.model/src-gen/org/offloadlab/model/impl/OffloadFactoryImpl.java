/**
 */
package org.offloadlab.model.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.offloadlab.model.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class OffloadFactoryImpl extends EFactoryImpl implements OffloadFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static OffloadFactory init() {
		try {
			OffloadFactory theOffloadFactory = (OffloadFactory)EPackage.Registry.INSTANCE.getEFactory(OffloadPackage.eNS_URI);
			if (theOffloadFactory != null) {
				return theOffloadFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new OffloadFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OffloadFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case OffloadPackage.EXPERIMENT: return createExperiment();
			case OffloadPackage.TOPOLOGY: return createTopology();
			case OffloadPackage.HOST: return createHost();
			case OffloadPackage.ADAPTER: return createAdapter();
			case OffloadPackage.ADAPTER_CAPABILITIES: return createAdapterCapabilities();
			case OffloadPackage.LINK: return createLink();
			case OffloadPackage.PEER: return createPeer();
			case OffloadPackage.BULK_WORKLOAD: return createBulkWorkload();
			case OffloadPackage.REQUEST_RESPONSE_WORKLOAD: return createRequestResponseWorkload();
			case OffloadPackage.SHORT_CONNECTIONS_WORKLOAD: return createShortConnectionsWorkload();
			case OffloadPackage.TRACE_WORKLOAD: return createTraceWorkload();
			case OffloadPackage.ADAPTER_POLICIES: return createAdapterPolicies();
			case OffloadPackage.BUFFER_GROUP_RULE: return createBufferGroupRule();
			case OffloadPackage.FAILURE_PLAN: return createFailurePlan();
			case OffloadPackage.RESULTS: return createResults();
			case OffloadPackage.PROVENANCE: return createProvenance();
			case OffloadPackage.METRIC: return createMetric();
			case OffloadPackage.FAILOVER_TIMELINE: return createFailoverTimeline();
			case OffloadPackage.INTEGRITY_VERDICT: return createIntegrityVerdict();
			case OffloadPackage.SERIES: return createSeries();
			case OffloadPackage.CONNECTION_RECORD: return createConnectionRecord();
			case OffloadPackage.BUFFER_GROUP_RESULT: return createBufferGroupResult();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case OffloadPackage.NOTIFICATION_KIND:
				return createNotificationKindFromString(eDataType, initialValue);
			case OffloadPackage.BUFFER_GROUP_POLICY:
				return createBufferGroupPolicyFromString(eDataType, initialValue);
			case OffloadPackage.CONNECTION_ATTRIBUTE:
				return createConnectionAttributeFromString(eDataType, initialValue);
			case OffloadPackage.FAILURE_TRIGGER:
				return createFailureTriggerFromString(eDataType, initialValue);
			case OffloadPackage.FAILURE_MODE:
				return createFailureModeFromString(eDataType, initialValue);
			case OffloadPackage.RECOVERY_STRATEGY:
				return createRecoveryStrategyFromString(eDataType, initialValue);
			case OffloadPackage.LONG_ARRAY:
				return createLongArrayFromString(eDataType, initialValue);
			case OffloadPackage.DOUBLE_ARRAY:
				return createDoubleArrayFromString(eDataType, initialValue);
			case OffloadPackage.INT_ARRAY:
				return createIntArrayFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case OffloadPackage.NOTIFICATION_KIND:
				return convertNotificationKindToString(eDataType, instanceValue);
			case OffloadPackage.BUFFER_GROUP_POLICY:
				return convertBufferGroupPolicyToString(eDataType, instanceValue);
			case OffloadPackage.CONNECTION_ATTRIBUTE:
				return convertConnectionAttributeToString(eDataType, instanceValue);
			case OffloadPackage.FAILURE_TRIGGER:
				return convertFailureTriggerToString(eDataType, instanceValue);
			case OffloadPackage.FAILURE_MODE:
				return convertFailureModeToString(eDataType, instanceValue);
			case OffloadPackage.RECOVERY_STRATEGY:
				return convertRecoveryStrategyToString(eDataType, instanceValue);
			case OffloadPackage.LONG_ARRAY:
				return convertLongArrayToString(eDataType, instanceValue);
			case OffloadPackage.DOUBLE_ARRAY:
				return convertDoubleArrayToString(eDataType, instanceValue);
			case OffloadPackage.INT_ARRAY:
				return convertIntArrayToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Experiment createExperiment() {
		ExperimentImpl experiment = new ExperimentImpl();
		return experiment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Topology createTopology() {
		TopologyImpl topology = new TopologyImpl();
		return topology;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Host createHost() {
		HostImpl host = new HostImpl();
		return host;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Adapter createAdapter() {
		AdapterImpl adapter = new AdapterImpl();
		return adapter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AdapterCapabilities createAdapterCapabilities() {
		AdapterCapabilitiesImpl adapterCapabilities = new AdapterCapabilitiesImpl();
		return adapterCapabilities;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Link createLink() {
		LinkImpl link = new LinkImpl();
		return link;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Peer createPeer() {
		PeerImpl peer = new PeerImpl();
		return peer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BulkWorkload createBulkWorkload() {
		BulkWorkloadImpl bulkWorkload = new BulkWorkloadImpl();
		return bulkWorkload;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RequestResponseWorkload createRequestResponseWorkload() {
		RequestResponseWorkloadImpl requestResponseWorkload = new RequestResponseWorkloadImpl();
		return requestResponseWorkload;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ShortConnectionsWorkload createShortConnectionsWorkload() {
		ShortConnectionsWorkloadImpl shortConnectionsWorkload = new ShortConnectionsWorkloadImpl();
		return shortConnectionsWorkload;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TraceWorkload createTraceWorkload() {
		TraceWorkloadImpl traceWorkload = new TraceWorkloadImpl();
		return traceWorkload;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AdapterPolicies createAdapterPolicies() {
		AdapterPoliciesImpl adapterPolicies = new AdapterPoliciesImpl();
		return adapterPolicies;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BufferGroupRule createBufferGroupRule() {
		BufferGroupRuleImpl bufferGroupRule = new BufferGroupRuleImpl();
		return bufferGroupRule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FailurePlan createFailurePlan() {
		FailurePlanImpl failurePlan = new FailurePlanImpl();
		return failurePlan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Results createResults() {
		ResultsImpl results = new ResultsImpl();
		return results;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Provenance createProvenance() {
		ProvenanceImpl provenance = new ProvenanceImpl();
		return provenance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Metric createMetric() {
		MetricImpl metric = new MetricImpl();
		return metric;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FailoverTimeline createFailoverTimeline() {
		FailoverTimelineImpl failoverTimeline = new FailoverTimelineImpl();
		return failoverTimeline;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IntegrityVerdict createIntegrityVerdict() {
		IntegrityVerdictImpl integrityVerdict = new IntegrityVerdictImpl();
		return integrityVerdict;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Series createSeries() {
		SeriesImpl series = new SeriesImpl();
		return series;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConnectionRecord createConnectionRecord() {
		ConnectionRecordImpl connectionRecord = new ConnectionRecordImpl();
		return connectionRecord;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BufferGroupResult createBufferGroupResult() {
		BufferGroupResultImpl bufferGroupResult = new BufferGroupResultImpl();
		return bufferGroupResult;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationKind createNotificationKindFromString(EDataType eDataType, String initialValue) {
		NotificationKind result = NotificationKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertNotificationKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BufferGroupPolicy createBufferGroupPolicyFromString(EDataType eDataType, String initialValue) {
		BufferGroupPolicy result = BufferGroupPolicy.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertBufferGroupPolicyToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ConnectionAttribute createConnectionAttributeFromString(EDataType eDataType, String initialValue) {
		ConnectionAttribute result = ConnectionAttribute.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertConnectionAttributeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FailureTrigger createFailureTriggerFromString(EDataType eDataType, String initialValue) {
		FailureTrigger result = FailureTrigger.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertFailureTriggerToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FailureMode createFailureModeFromString(EDataType eDataType, String initialValue) {
		FailureMode result = FailureMode.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertFailureModeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RecoveryStrategy createRecoveryStrategyFromString(EDataType eDataType, String initialValue) {
		RecoveryStrategy result = RecoveryStrategy.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRecoveryStrategyToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LongArray createLongArrayFromString(EDataType eDataType, String initialValue) {
		return (LongArray)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLongArrayToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DoubleArray createDoubleArrayFromString(EDataType eDataType, String initialValue) {
		return (DoubleArray)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDoubleArrayToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public IntArray createIntArrayFromString(EDataType eDataType, String initialValue) {
		return (IntArray)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertIntArrayToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OffloadPackage getOffloadPackage() {
		return (OffloadPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static OffloadPackage getPackage() {
		return OffloadPackage.eINSTANCE;
	}

} //OffloadFactoryImpl
