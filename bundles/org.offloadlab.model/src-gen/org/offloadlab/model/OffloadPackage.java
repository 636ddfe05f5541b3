/**
 */
package org.offloadlab.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Experiments on emulated TCP offload adapters and their results (docs/EXPERIMENTS.md, docs/RESULTS.md). The nsURI carries the format version: 1.1 keeps loading 1.0 files: the 1.0 URI is registered for this package (1.1 only adds features with defaults) (see docs/EXPERIMENTS.md).
 * <!-- end-model-doc -->
 * @see org.offloadlab.model.OffloadFactory
 * @model kind="package"
 * @generated
 */
public interface OffloadPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://www.offloadlab.org/experiment/1.1";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "offloadlab";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	OffloadPackage eINSTANCE = org.offloadlab.model.impl.OffloadPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.offloadlab.model.impl.ExperimentImpl <em>Experiment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.offloadlab.model.impl.ExperimentImpl
	 * @see org.offloadlab.model.impl.OffloadPackageImpl#getExperiment()
	 * @generated
	 */
	int EXPERIMENT = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__NAME = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__SEED = 2;

	/**
	 * The feature id for the '<em><b>Duration Millis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__DURATION_MILLIS = 3;

	/**
	 * The feature id for the '<em><b>Topology</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__TOPOLOGY = 4;

	/**
	 * The feature id for the '<em><b>Workload</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__WORKLOAD = 5;

	/**
	 * The feature id for the '<em><b>Policies</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__POLICIES = 6;

	/**
	 * The feature id for the '<em><b>Failure Plan</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__FAILURE_PLAN = 7;

	/**
	 * The feature id for the '<em><b>Recovery</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__RECOVERY = 8;

	/**
	 * The feature id for the '<em><b>Record Connections</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__RECORD_CONNECTIONS = 9;

	/**
	 * The feature id for the '<em><b>Record State History</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__RECORD_STATE_HISTORY = 10;

	/**
	 * The number of structural features of the '<em>Experiment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT_FEATURE_COUNT = 11;

	/**
	 * The number of operations of the '<em>Experiment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.offloadlab.model.impl.TopologyImpl <em>Topology</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.offloadlab.model.impl.TopologyImpl
	 * @see org.offloadlab.model.impl.OffloadPackageImpl#getTopology()
	 * @generated
	 */
	int TOPOLOGY = 1;

	/**
	 * The feature id for the '<em><b>Host</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPOLOGY__HOST = 0;

	/**
	 * The feature id for the '<em><b>Adapters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPOLOGY__ADAPTERS = 1;

	/**
	 * The feature id for the '<em><b>Links</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPOLOGY__LINKS = 2;

	/**
	 * The feature id for the '<em><b>Peers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPOLOGY__PEERS = 3;

	/**
	 * The number of structural features of the '<em>Topology</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPOLOGY_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Topology</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPOLOGY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.offloadlab.model.impl.HostImpl <em>Host</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.offloadlab.model.impl.HostImpl
	 * @see org.offloadlab.model.impl.OffloadPackageImpl#getHost()
	 * @generated
	 */
	int HOST = 2;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__NAME = 0;

	/**
	 * The feature id for the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__ADDRESS = 1;

	/**
	 * The number of structural features of the '<em>Host</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Host</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.offloadlab.model.impl.AdapterImpl <em>Adapter</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.offloadlab.model.impl.AdapterImpl
	 * @see org.offloadlab.model.impl.OffloadPackageImpl#getAdapter()
	 * @generated
	 */
	int ADAPTER = 3;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADAPTER__NAME = 0;

	/**
	 * The feature id for the '<em><b>Substitute</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADAPTER__SUBSTITUTE = 1;

	/**
	 * The feature id for the '<em><b>Capabilities</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADAPTER__CAPABILITIES = 2;

	/**
	 * The number of structural features of the '<em>Adapter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADAPTER_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Adapter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADAPTER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.offloadlab.model.impl.AdapterCapabilitiesImpl <em>Adapter Capabilities</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.offloadlab.model.impl.AdapterCapabilitiesImpl
	 * @see org.offloadlab.model.impl.OffloadPackageImpl#getAdapterCapabilities()
	 * @generated
	 */
	int ADAPTER_CAPABILITIES = 4;

	/**
	 * The feature id for the '<em><b>Table Capacity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADAPTER_CAPABILITIES__TABLE_CAPACITY = 0;

	/**
	 * The feature id for the '<em><b>Syn Queue Capacity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADAPTER_CAPABILITIES__SYN_QUEUE_CAPACITY = 1;

	/**
	 * The feature id for the '<em><b>Syn Cookies</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADAPTER_CAPABILITIES__SYN_COOKIES = 2;

	/**
	 * The feature id for the '<em><b>Zero Copy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADAPTER_CAPABILITIES__ZERO_COPY = 3;

	/**
	 * The number of structural features of the '<em>Adapter Capabilities</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADAPTER_CAPABILITIES_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Adapter Capabilities</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADAPTER_CAPABILITIES_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.offloadlab.model.impl.LinkImpl <em>Link</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.offloadlab.model.impl.LinkImpl
	 * @see org.offloadlab.model.impl.OffloadPackageImpl#getLink()
	 * @generated
	 */
	int LINK = 5;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__NAME = 0;

	/**
	 * The feature id for the '<em><b>Adapter</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__ADAPTER = 1;

	/**
	 * The feature id for the '<em><b>Peer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__PEER = 2;

	/**
	 * The feature id for the '<em><b>Delay Micros</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__DELAY_MICROS = 3;

	/**
	 * The feature id for the '<em><b>Bandwidth Bits Per Second</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__BANDWIDTH_BITS_PER_SECOND = 4;

	/**
	 * The feature id for the '<em><b>Loss Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__LOSS_RATE = 5;

	/**
	 * The feature id for the '<em><b>Queue Packets</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__QUEUE_PACKETS = 6;

	/**
	 * The number of structural features of the '<em>Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.offloadlab.model.impl.PeerImpl <em>Peer</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.offloadlab.model.impl.PeerImpl
	 * @see org.offloadlab.model.impl.OffloadPackageImpl#getPeer()
	 * @generated
	 */
	int PEER = 6;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PEER__NAME = 0;

	/**
	 * The feature id for the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PEER__ADDRESS = 1;

	/**
	 * The number of structural features of the '<em>Peer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PEER_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Peer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PEER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.offloadlab.model.impl.WorkloadImpl <em>Workload</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.offloadlab.model.impl.WorkloadImpl
	 * @see org.offloadlab.model.impl.OffloadPackageImpl#getWorkload()
	 * @generated
	 */
	int WORKLOAD = 7;

	/**
	 * The feature id for the '<em><b>Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKLOAD__PORT = 0;

	/**
	 * The feature id for the '<em><b>Connections</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKLOAD__CONNECTIONS = 1;

	/**
	 * The number of structural features of the '<em>Workload</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKLOAD_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Workload</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKLOAD_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.offloadlab.model.impl.BulkWorkloadImpl <em>Bulk Workload</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.offloadlab.model.impl.BulkWorkloadImpl
	 * @see org.offloadlab.model.impl.OffloadPackageImpl#getBulkWorkload()
	 * @generated
	 */
	int BULK_WORKLOAD = 8;

	/**
	 * The feature id for the '<em><b>Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BULK_WORKLOAD__PORT = WORKLOAD__PORT;

	/**
	 * The feature id for the '<em><b>Connections</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BULK_WORKLOAD__CONNECTIONS = WORKLOAD__CONNECTIONS;

	/**
	 * The feature id for the '<em><b>Bytes To Host</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BULK_WORKLOAD__BYTES_TO_HOST = WORKLOAD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Bytes From Host</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BULK_WORKLOAD__BYTES_FROM_HOST = WORKLOAD_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Bulk Workload</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BULK_WORKLOAD_FEATURE_COUNT = WORKLOAD_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Bulk Workload</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BULK_WORKLOAD_OPERATION_COUNT = WORKLOAD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.offloadlab.model.impl.RequestResponseWorkloadImpl <em>Request Response Workload</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.offloadlab.model.impl.RequestResponseWorkloadImpl
	 * @see org.offloadlab.model.impl.OffloadPackageImpl#getRequestResponseWorkload()
	 * @generated
	 */
	int REQUEST_RESPONSE_WORKLOAD = 9;

	/**
	 * The feature id for the '<em><b>Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REQUEST_RESPONSE_WORKLOAD__PORT = WORKLOAD__PORT;

	/**
	 * The feature id for the '<em><b>Connections</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REQUEST_RESPONSE_WORKLOAD__CONNECTIONS = WORKLOAD__CONNECTIONS;

	/**
	 * The feature id for the '<em><b>Requests Per Connection</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REQUEST_RESPONSE_WORKLOAD__REQUESTS_PER_CONNECTION = WORKLOAD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Request Bytes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REQUEST_RESPONSE_WORKLOAD__REQUEST_BYTES = WORKLOAD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Response Bytes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REQUEST_RESPONSE_WORKLOAD__RESPONSE_BYTES = WORKLOAD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Think Time Micros</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REQUEST_RESPONSE_WORKLOAD__THINK_TIME_MICROS = WORKLOAD_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Request Response Workload</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REQUEST_RESPONSE_WORKLOAD_FEATURE_COUNT = WORKLOAD_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Request Response Workload</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REQUEST_RESPONSE_WORKLOAD_OPERATION_COUNT = WORKLOAD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.offloadlab.model.impl.ShortConnectionsWorkloadImpl <em>Short Connections Workload</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.offloadlab.model.impl.ShortConnectionsWorkloadImpl
	 * @see org.offloadlab.model.impl.OffloadPackageImpl#getShortConnectionsWorkload()
	 * @generated
	 */
	int SHORT_CONNECTIONS_WORKLOAD = 10;

	/**
	 * The feature id for the '<em><b>Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHORT_CONNECTIONS_WORKLOAD__PORT = WORKLOAD__PORT;

	/**
	 * The feature id for the '<em><b>Connections</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHORT_CONNECTIONS_WORKLOAD__CONNECTIONS = WORKLOAD__CONNECTIONS;

	/**
	 * The feature id for the '<em><b>Rate Per Second</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHORT_CONNECTIONS_WORKLOAD__RATE_PER_SECOND = WORKLOAD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Request Bytes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHORT_CONNECTIONS_WORKLOAD__REQUEST_BYTES = WORKLOAD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Response Bytes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHORT_CONNECTIONS_WORKLOAD__RESPONSE_BYTES = WORKLOAD_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Short Connections Workload</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHORT_CONNECTIONS_WORKLOAD_FEATURE_COUNT = WORKLOAD_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Short Connections Workload</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHORT_CONNECTIONS_WORKLOAD_OPERATION_COUNT = WORKLOAD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.offloadlab.model.impl.TraceWorkloadImpl <em>Trace Workload</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.offloadlab.model.impl.TraceWorkloadImpl
	 * @see org.offloadlab.model.impl.OffloadPackageImpl#getTraceWorkload()
	 * @generated
	 */
	int TRACE_WORKLOAD = 11;

	/**
	 * The feature id for the '<em><b>Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACE_WORKLOAD__PORT = WORKLOAD__PORT;

	/**
	 * The feature id for the '<em><b>Connections</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACE_WORKLOAD__CONNECTIONS = WORKLOAD__CONNECTIONS;

	/**
	 * The feature id for the '<em><b>Capture Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACE_WORKLOAD__CAPTURE_PATH = WORKLOAD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Capture Checksum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACE_WORKLOAD__CAPTURE_CHECKSUM = WORKLOAD_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Trace Workload</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACE_WORKLOAD_FEATURE_COUNT = WORKLOAD_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Trace Workload</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACE_WORKLOAD_OPERATION_COUNT = WORKLOAD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.offloadlab.model.impl.AdapterPoliciesImpl <em>Adapter Policies</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.offloadlab.model.impl.AdapterPoliciesImpl
	 * @see org.offloadlab.model.impl.OffloadPackageImpl#getAdapterPolicies()
	 * @generated
	 */
	int ADAPTER_POLICIES = 12;

	/**
	 * The feature id for the '<em><b>Notification</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADAPTER_POLICIES__NOTIFICATION = 0;

	/**
	 * The feature id for the '<em><b>Batch Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADAPTER_POLICIES__BATCH_COUNT = 1;

	/**
	 * The feature id for the '<em><b>Batch Time Micros</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADAPTER_POLICIES__BATCH_TIME_MICROS = 2;

	/**
	 * The feature id for the '<em><b>Adaptive Max Micros</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADAPTER_POLICIES__ADAPTIVE_MAX_MICROS = 3;

	/**
	 * The feature id for the '<em><b>Interrupt Coalescing Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADAPTER_POLICIES__INTERRUPT_COALESCING_COUNT = 4;

	/**
	 * The feature id for the '<em><b>Interrupt Coalescing Micros</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADAPTER_POLICIES__INTERRUPT_COALESCING_MICROS = 5;

	/**
	 * The feature id for the '<em><b>Buffer Groups</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADAPTER_POLICIES__BUFFER_GROUPS = 6;

	/**
	 * The feature id for the '<em><b>Buffer Group Rules</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADAPTER_POLICIES__BUFFER_GROUP_RULES = 7;

	/**
	 * The feature id for the '<em><b>Delayed Dma</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADAPTER_POLICIES__DELAYED_DMA = 8;

	/**
	 * The feature id for the '<em><b>Dma Batch Micros</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADAPTER_POLICIES__DMA_BATCH_MICROS = 9;

	/**
	 * The feature id for the '<em><b>Expedite Urgent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADAPTER_POLICIES__EXPEDITE_URGENT = 10;

	/**
	 * The feature id for the '<em><b>Zero Copy Threshold Bytes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADAPTER_POLICIES__ZERO_COPY_THRESHOLD_BYTES = 11;

	/**
	 * The number of structural features of the '<em>Adapter Policies</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADAPTER_POLICIES_FEATURE_COUNT = 12;

	/**
	 * The number of operations of the '<em>Adapter Policies</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADAPTER_POLICIES_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.offloadlab.model.impl.BufferGroupRuleImpl <em>Buffer Group Rule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.offloadlab.model.impl.BufferGroupRuleImpl
	 * @see org.offloadlab.model.impl.OffloadPackageImpl#getBufferGroupRule()
	 * @generated
	 */
	int BUFFER_GROUP_RULE = 13;

	/**
	 * The feature id for the '<em><b>Attribute</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUFFER_GROUP_RULE__ATTRIBUTE = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUFFER_GROUP_RULE__VALUE = 1;

	/**
	 * The feature id for the '<em><b>Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUFFER_GROUP_RULE__GROUP = 2;

	/**
	 * The feature id for the '<em><b>Buffers</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUFFER_GROUP_RULE__BUFFERS = 3;

	/**
	 * The number of structural features of the '<em>Buffer Group Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUFFER_GROUP_RULE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Buffer Group Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUFFER_GROUP_RULE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.offloadlab.model.impl.FailurePlanImpl <em>Failure Plan</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.offloadlab.model.impl.FailurePlanImpl
	 * @see org.offloadlab.model.impl.OffloadPackageImpl#getFailurePlan()
	 * @generated
	 */
	int FAILURE_PLAN = 14;

	/**
	 * The feature id for the '<em><b>Adapter</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FAILURE_PLAN__ADAPTER = 0;

	/**
	 * The feature id for the '<em><b>Trigger</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FAILURE_PLAN__TRIGGER = 1;

	/**
	 * The feature id for the '<em><b>At Millis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FAILURE_PLAN__AT_MILLIS = 2;

	/**
	 * The feature id for the '<em><b>At Packet</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FAILURE_PLAN__AT_PACKET = 3;

	/**
	 * The feature id for the '<em><b>Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FAILURE_PLAN__MODE = 4;

	/**
	 * The number of structural features of the '<em>Failure Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FAILURE_PLAN_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Failure Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FAILURE_PLAN_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.offloadlab.model.impl.ResultsImpl <em>Results</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.offloadlab.model.impl.ResultsImpl
	 * @see org.offloadlab.model.impl.OffloadPackageImpl#getResults()
	 * @generated
	 */
	int RESULTS = 15;

	/**
	 * The feature id for the '<em><b>Experiment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULTS__EXPERIMENT = 0;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULTS__PROVENANCE = 1;

	/**
	 * The feature id for the '<em><b>Metrics</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULTS__METRICS = 2;

	/**
	 * The feature id for the '<em><b>Failovers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULTS__FAILOVERS = 3;

	/**
	 * The feature id for the '<em><b>Integrity</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULTS__INTEGRITY = 4;

	/**
	 * The feature id for the '<em><b>Series</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULTS__SERIES = 5;

	/**
	 * The feature id for the '<em><b>Connections</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULTS__CONNECTIONS = 6;

	/**
	 * The feature id for the '<em><b>Buffer Groups</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULTS__BUFFER_GROUPS = 7;

	/**
	 * The feature id for the '<em><b>Connections Not Recorded</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULTS__CONNECTIONS_NOT_RECORDED = 8;

	/**
	 * The number of structural features of the '<em>Results</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULTS_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Results</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULTS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.offloadlab.model.impl.ProvenanceImpl <em>Provenance</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.offloadlab.model.impl.ProvenanceImpl
	 * @see org.offloadlab.model.impl.OffloadPackageImpl#getProvenance()
	 * @generated
	 */
	int PROVENANCE = 16;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVENANCE__VERSION = 0;

	/**
	 * The feature id for the '<em><b>Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVENANCE__SEED = 1;

	/**
	 * The feature id for the '<em><b>Capture Checksum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVENANCE__CAPTURE_CHECKSUM = 2;

	/**
	 * The number of structural features of the '<em>Provenance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVENANCE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Provenance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVENANCE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.offloadlab.model.impl.MetricImpl <em>Metric</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.offloadlab.model.impl.MetricImpl
	 * @see org.offloadlab.model.impl.OffloadPackageImpl#getMetric()
	 * @generated
	 */
	int METRIC = 17;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC__NAME = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Metric</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Metric</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.offloadlab.model.impl.FailoverTimelineImpl <em>Failover Timeline</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.offloadlab.model.impl.FailoverTimelineImpl
	 * @see org.offloadlab.model.impl.OffloadPackageImpl#getFailoverTimeline()
	 * @generated
	 */
	int FAILOVER_TIMELINE = 18;

	/**
	 * The feature id for the '<em><b>Adapter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FAILOVER_TIMELINE__ADAPTER = 0;

	/**
	 * The feature id for the '<em><b>Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FAILOVER_TIMELINE__MODE = 1;

	/**
	 * The feature id for the '<em><b>Recovery</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FAILOVER_TIMELINE__RECOVERY = 2;

	/**
	 * The feature id for the '<em><b>Failed At Nanos</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FAILOVER_TIMELINE__FAILED_AT_NANOS = 3;

	/**
	 * The feature id for the '<em><b>Recovered At Nanos</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FAILOVER_TIMELINE__RECOVERED_AT_NANOS = 4;

	/**
	 * The feature id for the '<em><b>Connections Restored</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FAILOVER_TIMELINE__CONNECTIONS_RESTORED = 5;

	/**
	 * The feature id for the '<em><b>Outcome</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FAILOVER_TIMELINE__OUTCOME = 6;

	/**
	 * The feature id for the '<em><b>Detected At Nanos</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FAILOVER_TIMELINE__DETECTED_AT_NANOS = 7;

	/**
	 * The feature id for the '<em><b>Blocked At Nanos</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FAILOVER_TIMELINE__BLOCKED_AT_NANOS = 8;

	/**
	 * The feature id for the '<em><b>Hard State Recovered At Nanos</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FAILOVER_TIMELINE__HARD_STATE_RECOVERED_AT_NANOS = 9;

	/**
	 * The feature id for the '<em><b>Substitute Active At Nanos</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FAILOVER_TIMELINE__SUBSTITUTE_ACTIVE_AT_NANOS = 10;

	/**
	 * The feature id for the '<em><b>Resumed At Nanos</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FAILOVER_TIMELINE__RESUMED_AT_NANOS = 11;

	/**
	 * The feature id for the '<em><b>First Segment At Nanos</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FAILOVER_TIMELINE__FIRST_SEGMENT_AT_NANOS = 12;

	/**
	 * The feature id for the '<em><b>Soft State Converged At Nanos</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FAILOVER_TIMELINE__SOFT_STATE_CONVERGED_AT_NANOS = 13;

	/**
	 * The feature id for the '<em><b>Substitute</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FAILOVER_TIMELINE__SUBSTITUTE = 14;

	/**
	 * The feature id for the '<em><b>Blackout P50 Nanos</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FAILOVER_TIMELINE__BLACKOUT_P50_NANOS = 15;

	/**
	 * The feature id for the '<em><b>Blackout P99 Nanos</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FAILOVER_TIMELINE__BLACKOUT_P99_NANOS = 16;

	/**
	 * The feature id for the '<em><b>Blackout Max Nanos</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FAILOVER_TIMELINE__BLACKOUT_MAX_NANOS = 17;

	/**
	 * The feature id for the '<em><b>Bytes Retransmitted</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FAILOVER_TIMELINE__BYTES_RETRANSMITTED = 18;

	/**
	 * The feature id for the '<em><b>Connections Lost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FAILOVER_TIMELINE__CONNECTIONS_LOST = 19;

	/**
	 * The feature id for the '<em><b>Unnotified Connections</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FAILOVER_TIMELINE__UNNOTIFIED_CONNECTIONS = 20;

	/**
	 * The feature id for the '<em><b>Blackout Connection Ids</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FAILOVER_TIMELINE__BLACKOUT_CONNECTION_IDS = 21;

	/**
	 * The feature id for the '<em><b>Blackout Nanos</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FAILOVER_TIMELINE__BLACKOUT_NANOS = 22;

	/**
	 * The number of structural features of the '<em>Failover Timeline</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FAILOVER_TIMELINE_FEATURE_COUNT = 23;

	/**
	 * The number of operations of the '<em>Failover Timeline</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FAILOVER_TIMELINE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.offloadlab.model.impl.IntegrityVerdictImpl <em>Integrity Verdict</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.offloadlab.model.impl.IntegrityVerdictImpl
	 * @see org.offloadlab.model.impl.OffloadPackageImpl#getIntegrityVerdict()
	 * @generated
	 */
	int INTEGRITY_VERDICT = 19;

	/**
	 * The feature id for the '<em><b>Ok</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTEGRITY_VERDICT__OK = 0;

	/**
	 * The feature id for the '<em><b>Connections</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTEGRITY_VERDICT__CONNECTIONS = 1;

	/**
	 * The feature id for the '<em><b>Bytes Lost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTEGRITY_VERDICT__BYTES_LOST = 2;

	/**
	 * The feature id for the '<em><b>Bytes Duplicated</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTEGRITY_VERDICT__BYTES_DUPLICATED = 3;

	/**
	 * The feature id for the '<em><b>Bytes Reordered</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTEGRITY_VERDICT__BYTES_REORDERED = 4;

	/**
	 * The feature id for the '<em><b>Connections Reset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTEGRITY_VERDICT__CONNECTIONS_RESET = 5;

	/**
	 * The number of structural features of the '<em>Integrity Verdict</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTEGRITY_VERDICT_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Integrity Verdict</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTEGRITY_VERDICT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.offloadlab.model.impl.SeriesImpl <em>Series</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.offloadlab.model.impl.SeriesImpl
	 * @see org.offloadlab.model.impl.OffloadPackageImpl#getSeries()
	 * @generated
	 */
	int SERIES = 20;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERIES__NAME = 0;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERIES__UNIT = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERIES__KIND = 2;

	/**
	 * The feature id for the '<em><b>Times Nanos</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERIES__TIMES_NANOS = 3;

	/**
	 * The feature id for the '<em><b>Values</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERIES__VALUES = 4;

	/**
	 * The number of structural features of the '<em>Series</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERIES_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Series</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERIES_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.offloadlab.model.impl.ConnectionRecordImpl <em>Connection Record</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.offloadlab.model.impl.ConnectionRecordImpl
	 * @see org.offloadlab.model.impl.OffloadPackageImpl#getConnectionRecord()
	 * @generated
	 */
	int CONNECTION_RECORD = 21;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION_RECORD__ID = 0;

	/**
	 * The feature id for the '<em><b>Local Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION_RECORD__LOCAL_ADDRESS = 1;

	/**
	 * The feature id for the '<em><b>Local Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION_RECORD__LOCAL_PORT = 2;

	/**
	 * The feature id for the '<em><b>Remote Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION_RECORD__REMOTE_ADDRESS = 3;

	/**
	 * The feature id for the '<em><b>Remote Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION_RECORD__REMOTE_PORT = 4;

	/**
	 * The feature id for the '<em><b>Adapter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION_RECORD__ADAPTER = 5;

	/**
	 * The feature id for the '<em><b>Buffer Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION_RECORD__BUFFER_GROUP = 6;

	/**
	 * The feature id for the '<em><b>Tcp State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION_RECORD__TCP_STATE = 7;

	/**
	 * The feature id for the '<em><b>Opened At Nanos</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION_RECORD__OPENED_AT_NANOS = 8;

	/**
	 * The feature id for the '<em><b>Last Seen At Nanos</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION_RECORD__LAST_SEEN_AT_NANOS = 9;

	/**
	 * The feature id for the '<em><b>Snd Una</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION_RECORD__SND_UNA = 10;

	/**
	 * The feature id for the '<em><b>Snd Nxt</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION_RECORD__SND_NXT = 11;

	/**
	 * The feature id for the '<em><b>Rcv Nxt</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION_RECORD__RCV_NXT = 12;

	/**
	 * The feature id for the '<em><b>Snd Wnd</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION_RECORD__SND_WND = 13;

	/**
	 * The feature id for the '<em><b>Rcv Wnd</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION_RECORD__RCV_WND = 14;

	/**
	 * The feature id for the '<em><b>Mss</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION_RECORD__MSS = 15;

	/**
	 * The feature id for the '<em><b>Window Scaling</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION_RECORD__WINDOW_SCALING = 16;

	/**
	 * The feature id for the '<em><b>Snd Wscale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION_RECORD__SND_WSCALE = 17;

	/**
	 * The feature id for the '<em><b>Rcv Wscale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION_RECORD__RCV_WSCALE = 18;

	/**
	 * The feature id for the '<em><b>Sack</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION_RECORD__SACK = 19;

	/**
	 * The feature id for the '<em><b>Timestamps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION_RECORD__TIMESTAMPS = 20;

	/**
	 * The feature id for the '<em><b>Cwnd</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION_RECORD__CWND = 21;

	/**
	 * The feature id for the '<em><b>Ssthresh</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION_RECORD__SSTHRESH = 22;

	/**
	 * The feature id for the '<em><b>Srtt Nanos</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION_RECORD__SRTT_NANOS = 23;

	/**
	 * The feature id for the '<em><b>Rto Nanos</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION_RECORD__RTO_NANOS = 24;

	/**
	 * The feature id for the '<em><b>Bytes In</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION_RECORD__BYTES_IN = 25;

	/**
	 * The feature id for the '<em><b>Bytes Out</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION_RECORD__BYTES_OUT = 26;

	/**
	 * The feature id for the '<em><b>State Times Nanos</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION_RECORD__STATE_TIMES_NANOS = 27;

	/**
	 * The feature id for the '<em><b>States</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION_RECORD__STATES = 28;

	/**
	 * The number of structural features of the '<em>Connection Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION_RECORD_FEATURE_COUNT = 29;

	/**
	 * The number of operations of the '<em>Connection Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION_RECORD_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.offloadlab.model.impl.BufferGroupResultImpl <em>Buffer Group Result</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.offloadlab.model.impl.BufferGroupResultImpl
	 * @see org.offloadlab.model.impl.OffloadPackageImpl#getBufferGroupResult()
	 * @generated
	 */
	int BUFFER_GROUP_RESULT = 22;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUFFER_GROUP_RESULT__NAME = 0;

	/**
	 * The feature id for the '<em><b>Rules</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUFFER_GROUP_RESULT__RULES = 1;

	/**
	 * The feature id for the '<em><b>Members</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUFFER_GROUP_RESULT__MEMBERS = 2;

	/**
	 * The feature id for the '<em><b>Buffers Held Peak</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUFFER_GROUP_RESULT__BUFFERS_HELD_PEAK = 3;

	/**
	 * The feature id for the '<em><b>Bytes Held Peak</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUFFER_GROUP_RESULT__BYTES_HELD_PEAK = 4;

	/**
	 * The feature id for the '<em><b>Fill Ratio</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUFFER_GROUP_RESULT__FILL_RATIO = 5;

	/**
	 * The number of structural features of the '<em>Buffer Group Result</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUFFER_GROUP_RESULT_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Buffer Group Result</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUFFER_GROUP_RESULT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.offloadlab.model.NotificationKind <em>Notification Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.offloadlab.model.NotificationKind
	 * @see org.offloadlab.model.impl.OffloadPackageImpl#getNotificationKind()
	 * @generated
	 */
	int NOTIFICATION_KIND = 23;

	/**
	 * The meta object id for the '{@link org.offloadlab.model.BufferGroupPolicy <em>Buffer Group Policy</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.offloadlab.model.BufferGroupPolicy
	 * @see org.offloadlab.model.impl.OffloadPackageImpl#getBufferGroupPolicy()
	 * @generated
	 */
	int BUFFER_GROUP_POLICY = 24;

	/**
	 * The meta object id for the '{@link org.offloadlab.model.ConnectionAttribute <em>Connection Attribute</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.offloadlab.model.ConnectionAttribute
	 * @see org.offloadlab.model.impl.OffloadPackageImpl#getConnectionAttribute()
	 * @generated
	 */
	int CONNECTION_ATTRIBUTE = 25;

	/**
	 * The meta object id for the '{@link org.offloadlab.model.FailureTrigger <em>Failure Trigger</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.offloadlab.model.FailureTrigger
	 * @see org.offloadlab.model.impl.OffloadPackageImpl#getFailureTrigger()
	 * @generated
	 */
	int FAILURE_TRIGGER = 26;

	/**
	 * The meta object id for the '{@link org.offloadlab.model.FailureMode <em>Failure Mode</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.offloadlab.model.FailureMode
	 * @see org.offloadlab.model.impl.OffloadPackageImpl#getFailureMode()
	 * @generated
	 */
	int FAILURE_MODE = 27;

	/**
	 * The meta object id for the '{@link org.offloadlab.model.RecoveryStrategy <em>Recovery Strategy</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.offloadlab.model.RecoveryStrategy
	 * @see org.offloadlab.model.impl.OffloadPackageImpl#getRecoveryStrategy()
	 * @generated
	 */
	int RECOVERY_STRATEGY = 28;

	/**
	 * The meta object id for the '<em>Long Array</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.offloadlab.model.LongArray
	 * @see org.offloadlab.model.impl.OffloadPackageImpl#getLongArray()
	 * @generated
	 */
	int LONG_ARRAY = 29;

	/**
	 * The meta object id for the '<em>Double Array</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.offloadlab.model.DoubleArray
	 * @see org.offloadlab.model.impl.OffloadPackageImpl#getDoubleArray()
	 * @generated
	 */
	int DOUBLE_ARRAY = 30;

	/**
	 * The meta object id for the '<em>Int Array</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.offloadlab.model.IntArray
	 * @see org.offloadlab.model.impl.OffloadPackageImpl#getIntArray()
	 * @generated
	 */
	int INT_ARRAY = 31;


	/**
	 * Returns the meta object for class '{@link org.offloadlab.model.Experiment <em>Experiment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Experiment</em>'.
	 * @see org.offloadlab.model.Experiment
	 * @generated
	 */
	EClass getExperiment();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.Experiment#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.offloadlab.model.Experiment#getName()
	 * @see #getExperiment()
	 * @generated
	 */
	EAttribute getExperiment_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.Experiment#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.offloadlab.model.Experiment#getDescription()
	 * @see #getExperiment()
	 * @generated
	 */
	EAttribute getExperiment_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.Experiment#getSeed <em>Seed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Seed</em>'.
	 * @see org.offloadlab.model.Experiment#getSeed()
	 * @see #getExperiment()
	 * @generated
	 */
	EAttribute getExperiment_Seed();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.Experiment#getDurationMillis <em>Duration Millis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Duration Millis</em>'.
	 * @see org.offloadlab.model.Experiment#getDurationMillis()
	 * @see #getExperiment()
	 * @generated
	 */
	EAttribute getExperiment_DurationMillis();

	/**
	 * Returns the meta object for the containment reference '{@link org.offloadlab.model.Experiment#getTopology <em>Topology</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Topology</em>'.
	 * @see org.offloadlab.model.Experiment#getTopology()
	 * @see #getExperiment()
	 * @generated
	 */
	EReference getExperiment_Topology();

	/**
	 * Returns the meta object for the containment reference '{@link org.offloadlab.model.Experiment#getWorkload <em>Workload</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Workload</em>'.
	 * @see org.offloadlab.model.Experiment#getWorkload()
	 * @see #getExperiment()
	 * @generated
	 */
	EReference getExperiment_Workload();

	/**
	 * Returns the meta object for the containment reference '{@link org.offloadlab.model.Experiment#getPolicies <em>Policies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Policies</em>'.
	 * @see org.offloadlab.model.Experiment#getPolicies()
	 * @see #getExperiment()
	 * @generated
	 */
	EReference getExperiment_Policies();

	/**
	 * Returns the meta object for the containment reference '{@link org.offloadlab.model.Experiment#getFailurePlan <em>Failure Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Failure Plan</em>'.
	 * @see org.offloadlab.model.Experiment#getFailurePlan()
	 * @see #getExperiment()
	 * @generated
	 */
	EReference getExperiment_FailurePlan();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.Experiment#getRecovery <em>Recovery</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Recovery</em>'.
	 * @see org.offloadlab.model.Experiment#getRecovery()
	 * @see #getExperiment()
	 * @generated
	 */
	EAttribute getExperiment_Recovery();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.Experiment#getRecordConnections <em>Record Connections</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Record Connections</em>'.
	 * @see org.offloadlab.model.Experiment#getRecordConnections()
	 * @see #getExperiment()
	 * @generated
	 */
	EAttribute getExperiment_RecordConnections();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.Experiment#isRecordStateHistory <em>Record State History</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Record State History</em>'.
	 * @see org.offloadlab.model.Experiment#isRecordStateHistory()
	 * @see #getExperiment()
	 * @generated
	 */
	EAttribute getExperiment_RecordStateHistory();

	/**
	 * Returns the meta object for class '{@link org.offloadlab.model.Topology <em>Topology</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Topology</em>'.
	 * @see org.offloadlab.model.Topology
	 * @generated
	 */
	EClass getTopology();

	/**
	 * Returns the meta object for the containment reference '{@link org.offloadlab.model.Topology#getHost <em>Host</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Host</em>'.
	 * @see org.offloadlab.model.Topology#getHost()
	 * @see #getTopology()
	 * @generated
	 */
	EReference getTopology_Host();

	/**
	 * Returns the meta object for the containment reference list '{@link org.offloadlab.model.Topology#getAdapters <em>Adapters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Adapters</em>'.
	 * @see org.offloadlab.model.Topology#getAdapters()
	 * @see #getTopology()
	 * @generated
	 */
	EReference getTopology_Adapters();

	/**
	 * Returns the meta object for the containment reference list '{@link org.offloadlab.model.Topology#getLinks <em>Links</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Links</em>'.
	 * @see org.offloadlab.model.Topology#getLinks()
	 * @see #getTopology()
	 * @generated
	 */
	EReference getTopology_Links();

	/**
	 * Returns the meta object for the containment reference list '{@link org.offloadlab.model.Topology#getPeers <em>Peers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Peers</em>'.
	 * @see org.offloadlab.model.Topology#getPeers()
	 * @see #getTopology()
	 * @generated
	 */
	EReference getTopology_Peers();

	/**
	 * Returns the meta object for class '{@link org.offloadlab.model.Host <em>Host</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Host</em>'.
	 * @see org.offloadlab.model.Host
	 * @generated
	 */
	EClass getHost();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.Host#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.offloadlab.model.Host#getName()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.Host#getAddress <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Address</em>'.
	 * @see org.offloadlab.model.Host#getAddress()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_Address();

	/**
	 * Returns the meta object for class '{@link org.offloadlab.model.Adapter <em>Adapter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Adapter</em>'.
	 * @see org.offloadlab.model.Adapter
	 * @generated
	 */
	EClass getAdapter();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.Adapter#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.offloadlab.model.Adapter#getName()
	 * @see #getAdapter()
	 * @generated
	 */
	EAttribute getAdapter_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.Adapter#isSubstitute <em>Substitute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Substitute</em>'.
	 * @see org.offloadlab.model.Adapter#isSubstitute()
	 * @see #getAdapter()
	 * @generated
	 */
	EAttribute getAdapter_Substitute();

	/**
	 * Returns the meta object for the containment reference '{@link org.offloadlab.model.Adapter#getCapabilities <em>Capabilities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Capabilities</em>'.
	 * @see org.offloadlab.model.Adapter#getCapabilities()
	 * @see #getAdapter()
	 * @generated
	 */
	EReference getAdapter_Capabilities();

	/**
	 * Returns the meta object for class '{@link org.offloadlab.model.AdapterCapabilities <em>Adapter Capabilities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Adapter Capabilities</em>'.
	 * @see org.offloadlab.model.AdapterCapabilities
	 * @generated
	 */
	EClass getAdapterCapabilities();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.AdapterCapabilities#getTableCapacity <em>Table Capacity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Table Capacity</em>'.
	 * @see org.offloadlab.model.AdapterCapabilities#getTableCapacity()
	 * @see #getAdapterCapabilities()
	 * @generated
	 */
	EAttribute getAdapterCapabilities_TableCapacity();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.AdapterCapabilities#getSynQueueCapacity <em>Syn Queue Capacity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Syn Queue Capacity</em>'.
	 * @see org.offloadlab.model.AdapterCapabilities#getSynQueueCapacity()
	 * @see #getAdapterCapabilities()
	 * @generated
	 */
	EAttribute getAdapterCapabilities_SynQueueCapacity();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.AdapterCapabilities#isSynCookies <em>Syn Cookies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Syn Cookies</em>'.
	 * @see org.offloadlab.model.AdapterCapabilities#isSynCookies()
	 * @see #getAdapterCapabilities()
	 * @generated
	 */
	EAttribute getAdapterCapabilities_SynCookies();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.AdapterCapabilities#isZeroCopy <em>Zero Copy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Zero Copy</em>'.
	 * @see org.offloadlab.model.AdapterCapabilities#isZeroCopy()
	 * @see #getAdapterCapabilities()
	 * @generated
	 */
	EAttribute getAdapterCapabilities_ZeroCopy();

	/**
	 * Returns the meta object for class '{@link org.offloadlab.model.Link <em>Link</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Link</em>'.
	 * @see org.offloadlab.model.Link
	 * @generated
	 */
	EClass getLink();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.Link#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.offloadlab.model.Link#getName()
	 * @see #getLink()
	 * @generated
	 */
	EAttribute getLink_Name();

	/**
	 * Returns the meta object for the reference '{@link org.offloadlab.model.Link#getAdapter <em>Adapter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Adapter</em>'.
	 * @see org.offloadlab.model.Link#getAdapter()
	 * @see #getLink()
	 * @generated
	 */
	EReference getLink_Adapter();

	/**
	 * Returns the meta object for the reference '{@link org.offloadlab.model.Link#getPeer <em>Peer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Peer</em>'.
	 * @see org.offloadlab.model.Link#getPeer()
	 * @see #getLink()
	 * @generated
	 */
	EReference getLink_Peer();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.Link#getDelayMicros <em>Delay Micros</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Delay Micros</em>'.
	 * @see org.offloadlab.model.Link#getDelayMicros()
	 * @see #getLink()
	 * @generated
	 */
	EAttribute getLink_DelayMicros();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.Link#getBandwidthBitsPerSecond <em>Bandwidth Bits Per Second</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bandwidth Bits Per Second</em>'.
	 * @see org.offloadlab.model.Link#getBandwidthBitsPerSecond()
	 * @see #getLink()
	 * @generated
	 */
	EAttribute getLink_BandwidthBitsPerSecond();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.Link#getLossRate <em>Loss Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Loss Rate</em>'.
	 * @see org.offloadlab.model.Link#getLossRate()
	 * @see #getLink()
	 * @generated
	 */
	EAttribute getLink_LossRate();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.Link#getQueuePackets <em>Queue Packets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Queue Packets</em>'.
	 * @see org.offloadlab.model.Link#getQueuePackets()
	 * @see #getLink()
	 * @generated
	 */
	EAttribute getLink_QueuePackets();

	/**
	 * Returns the meta object for class '{@link org.offloadlab.model.Peer <em>Peer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Peer</em>'.
	 * @see org.offloadlab.model.Peer
	 * @generated
	 */
	EClass getPeer();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.Peer#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.offloadlab.model.Peer#getName()
	 * @see #getPeer()
	 * @generated
	 */
	EAttribute getPeer_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.Peer#getAddress <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Address</em>'.
	 * @see org.offloadlab.model.Peer#getAddress()
	 * @see #getPeer()
	 * @generated
	 */
	EAttribute getPeer_Address();

	/**
	 * Returns the meta object for class '{@link org.offloadlab.model.Workload <em>Workload</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Workload</em>'.
	 * @see org.offloadlab.model.Workload
	 * @generated
	 */
	EClass getWorkload();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.Workload#getPort <em>Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Port</em>'.
	 * @see org.offloadlab.model.Workload#getPort()
	 * @see #getWorkload()
	 * @generated
	 */
	EAttribute getWorkload_Port();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.Workload#getConnections <em>Connections</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Connections</em>'.
	 * @see org.offloadlab.model.Workload#getConnections()
	 * @see #getWorkload()
	 * @generated
	 */
	EAttribute getWorkload_Connections();

	/**
	 * Returns the meta object for class '{@link org.offloadlab.model.BulkWorkload <em>Bulk Workload</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Bulk Workload</em>'.
	 * @see org.offloadlab.model.BulkWorkload
	 * @generated
	 */
	EClass getBulkWorkload();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.BulkWorkload#getBytesToHost <em>Bytes To Host</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bytes To Host</em>'.
	 * @see org.offloadlab.model.BulkWorkload#getBytesToHost()
	 * @see #getBulkWorkload()
	 * @generated
	 */
	EAttribute getBulkWorkload_BytesToHost();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.BulkWorkload#getBytesFromHost <em>Bytes From Host</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bytes From Host</em>'.
	 * @see org.offloadlab.model.BulkWorkload#getBytesFromHost()
	 * @see #getBulkWorkload()
	 * @generated
	 */
	EAttribute getBulkWorkload_BytesFromHost();

	/**
	 * Returns the meta object for class '{@link org.offloadlab.model.RequestResponseWorkload <em>Request Response Workload</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Request Response Workload</em>'.
	 * @see org.offloadlab.model.RequestResponseWorkload
	 * @generated
	 */
	EClass getRequestResponseWorkload();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.RequestResponseWorkload#getRequestsPerConnection <em>Requests Per Connection</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Requests Per Connection</em>'.
	 * @see org.offloadlab.model.RequestResponseWorkload#getRequestsPerConnection()
	 * @see #getRequestResponseWorkload()
	 * @generated
	 */
	EAttribute getRequestResponseWorkload_RequestsPerConnection();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.RequestResponseWorkload#getRequestBytes <em>Request Bytes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Request Bytes</em>'.
	 * @see org.offloadlab.model.RequestResponseWorkload#getRequestBytes()
	 * @see #getRequestResponseWorkload()
	 * @generated
	 */
	EAttribute getRequestResponseWorkload_RequestBytes();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.RequestResponseWorkload#getResponseBytes <em>Response Bytes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Response Bytes</em>'.
	 * @see org.offloadlab.model.RequestResponseWorkload#getResponseBytes()
	 * @see #getRequestResponseWorkload()
	 * @generated
	 */
	EAttribute getRequestResponseWorkload_ResponseBytes();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.RequestResponseWorkload#getThinkTimeMicros <em>Think Time Micros</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Think Time Micros</em>'.
	 * @see org.offloadlab.model.RequestResponseWorkload#getThinkTimeMicros()
	 * @see #getRequestResponseWorkload()
	 * @generated
	 */
	EAttribute getRequestResponseWorkload_ThinkTimeMicros();

	/**
	 * Returns the meta object for class '{@link org.offloadlab.model.ShortConnectionsWorkload <em>Short Connections Workload</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Short Connections Workload</em>'.
	 * @see org.offloadlab.model.ShortConnectionsWorkload
	 * @generated
	 */
	EClass getShortConnectionsWorkload();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.ShortConnectionsWorkload#getRatePerSecond <em>Rate Per Second</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rate Per Second</em>'.
	 * @see org.offloadlab.model.ShortConnectionsWorkload#getRatePerSecond()
	 * @see #getShortConnectionsWorkload()
	 * @generated
	 */
	EAttribute getShortConnectionsWorkload_RatePerSecond();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.ShortConnectionsWorkload#getRequestBytes <em>Request Bytes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Request Bytes</em>'.
	 * @see org.offloadlab.model.ShortConnectionsWorkload#getRequestBytes()
	 * @see #getShortConnectionsWorkload()
	 * @generated
	 */
	EAttribute getShortConnectionsWorkload_RequestBytes();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.ShortConnectionsWorkload#getResponseBytes <em>Response Bytes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Response Bytes</em>'.
	 * @see org.offloadlab.model.ShortConnectionsWorkload#getResponseBytes()
	 * @see #getShortConnectionsWorkload()
	 * @generated
	 */
	EAttribute getShortConnectionsWorkload_ResponseBytes();

	/**
	 * Returns the meta object for class '{@link org.offloadlab.model.TraceWorkload <em>Trace Workload</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Trace Workload</em>'.
	 * @see org.offloadlab.model.TraceWorkload
	 * @generated
	 */
	EClass getTraceWorkload();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.TraceWorkload#getCapturePath <em>Capture Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Capture Path</em>'.
	 * @see org.offloadlab.model.TraceWorkload#getCapturePath()
	 * @see #getTraceWorkload()
	 * @generated
	 */
	EAttribute getTraceWorkload_CapturePath();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.TraceWorkload#getCaptureChecksum <em>Capture Checksum</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Capture Checksum</em>'.
	 * @see org.offloadlab.model.TraceWorkload#getCaptureChecksum()
	 * @see #getTraceWorkload()
	 * @generated
	 */
	EAttribute getTraceWorkload_CaptureChecksum();

	/**
	 * Returns the meta object for class '{@link org.offloadlab.model.AdapterPolicies <em>Adapter Policies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Adapter Policies</em>'.
	 * @see org.offloadlab.model.AdapterPolicies
	 * @generated
	 */
	EClass getAdapterPolicies();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.AdapterPolicies#getNotification <em>Notification</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notification</em>'.
	 * @see org.offloadlab.model.AdapterPolicies#getNotification()
	 * @see #getAdapterPolicies()
	 * @generated
	 */
	EAttribute getAdapterPolicies_Notification();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.AdapterPolicies#getBatchCount <em>Batch Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Batch Count</em>'.
	 * @see org.offloadlab.model.AdapterPolicies#getBatchCount()
	 * @see #getAdapterPolicies()
	 * @generated
	 */
	EAttribute getAdapterPolicies_BatchCount();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.AdapterPolicies#getBatchTimeMicros <em>Batch Time Micros</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Batch Time Micros</em>'.
	 * @see org.offloadlab.model.AdapterPolicies#getBatchTimeMicros()
	 * @see #getAdapterPolicies()
	 * @generated
	 */
	EAttribute getAdapterPolicies_BatchTimeMicros();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.AdapterPolicies#getAdaptiveMaxMicros <em>Adaptive Max Micros</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Adaptive Max Micros</em>'.
	 * @see org.offloadlab.model.AdapterPolicies#getAdaptiveMaxMicros()
	 * @see #getAdapterPolicies()
	 * @generated
	 */
	EAttribute getAdapterPolicies_AdaptiveMaxMicros();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.AdapterPolicies#getInterruptCoalescingCount <em>Interrupt Coalescing Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Interrupt Coalescing Count</em>'.
	 * @see org.offloadlab.model.AdapterPolicies#getInterruptCoalescingCount()
	 * @see #getAdapterPolicies()
	 * @generated
	 */
	EAttribute getAdapterPolicies_InterruptCoalescingCount();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.AdapterPolicies#getInterruptCoalescingMicros <em>Interrupt Coalescing Micros</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Interrupt Coalescing Micros</em>'.
	 * @see org.offloadlab.model.AdapterPolicies#getInterruptCoalescingMicros()
	 * @see #getAdapterPolicies()
	 * @generated
	 */
	EAttribute getAdapterPolicies_InterruptCoalescingMicros();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.AdapterPolicies#getBufferGroups <em>Buffer Groups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Buffer Groups</em>'.
	 * @see org.offloadlab.model.AdapterPolicies#getBufferGroups()
	 * @see #getAdapterPolicies()
	 * @generated
	 */
	EAttribute getAdapterPolicies_BufferGroups();

	/**
	 * Returns the meta object for the containment reference list '{@link org.offloadlab.model.AdapterPolicies#getBufferGroupRules <em>Buffer Group Rules</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Buffer Group Rules</em>'.
	 * @see org.offloadlab.model.AdapterPolicies#getBufferGroupRules()
	 * @see #getAdapterPolicies()
	 * @generated
	 */
	EReference getAdapterPolicies_BufferGroupRules();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.AdapterPolicies#isDelayedDma <em>Delayed Dma</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Delayed Dma</em>'.
	 * @see org.offloadlab.model.AdapterPolicies#isDelayedDma()
	 * @see #getAdapterPolicies()
	 * @generated
	 */
	EAttribute getAdapterPolicies_DelayedDma();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.AdapterPolicies#getDmaBatchMicros <em>Dma Batch Micros</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dma Batch Micros</em>'.
	 * @see org.offloadlab.model.AdapterPolicies#getDmaBatchMicros()
	 * @see #getAdapterPolicies()
	 * @generated
	 */
	EAttribute getAdapterPolicies_DmaBatchMicros();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.AdapterPolicies#isExpediteUrgent <em>Expedite Urgent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Expedite Urgent</em>'.
	 * @see org.offloadlab.model.AdapterPolicies#isExpediteUrgent()
	 * @see #getAdapterPolicies()
	 * @generated
	 */
	EAttribute getAdapterPolicies_ExpediteUrgent();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.AdapterPolicies#getZeroCopyThresholdBytes <em>Zero Copy Threshold Bytes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Zero Copy Threshold Bytes</em>'.
	 * @see org.offloadlab.model.AdapterPolicies#getZeroCopyThresholdBytes()
	 * @see #getAdapterPolicies()
	 * @generated
	 */
	EAttribute getAdapterPolicies_ZeroCopyThresholdBytes();

	/**
	 * Returns the meta object for class '{@link org.offloadlab.model.BufferGroupRule <em>Buffer Group Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Buffer Group Rule</em>'.
	 * @see org.offloadlab.model.BufferGroupRule
	 * @generated
	 */
	EClass getBufferGroupRule();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.BufferGroupRule#getAttribute <em>Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Attribute</em>'.
	 * @see org.offloadlab.model.BufferGroupRule#getAttribute()
	 * @see #getBufferGroupRule()
	 * @generated
	 */
	EAttribute getBufferGroupRule_Attribute();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.BufferGroupRule#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.offloadlab.model.BufferGroupRule#getValue()
	 * @see #getBufferGroupRule()
	 * @generated
	 */
	EAttribute getBufferGroupRule_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.BufferGroupRule#getGroup <em>Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Group</em>'.
	 * @see org.offloadlab.model.BufferGroupRule#getGroup()
	 * @see #getBufferGroupRule()
	 * @generated
	 */
	EAttribute getBufferGroupRule_Group();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.BufferGroupRule#getBuffers <em>Buffers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Buffers</em>'.
	 * @see org.offloadlab.model.BufferGroupRule#getBuffers()
	 * @see #getBufferGroupRule()
	 * @generated
	 */
	EAttribute getBufferGroupRule_Buffers();

	/**
	 * Returns the meta object for class '{@link org.offloadlab.model.FailurePlan <em>Failure Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Failure Plan</em>'.
	 * @see org.offloadlab.model.FailurePlan
	 * @generated
	 */
	EClass getFailurePlan();

	/**
	 * Returns the meta object for the reference '{@link org.offloadlab.model.FailurePlan#getAdapter <em>Adapter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Adapter</em>'.
	 * @see org.offloadlab.model.FailurePlan#getAdapter()
	 * @see #getFailurePlan()
	 * @generated
	 */
	EReference getFailurePlan_Adapter();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.FailurePlan#getTrigger <em>Trigger</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Trigger</em>'.
	 * @see org.offloadlab.model.FailurePlan#getTrigger()
	 * @see #getFailurePlan()
	 * @generated
	 */
	EAttribute getFailurePlan_Trigger();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.FailurePlan#getAtMillis <em>At Millis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>At Millis</em>'.
	 * @see org.offloadlab.model.FailurePlan#getAtMillis()
	 * @see #getFailurePlan()
	 * @generated
	 */
	EAttribute getFailurePlan_AtMillis();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.FailurePlan#getAtPacket <em>At Packet</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>At Packet</em>'.
	 * @see org.offloadlab.model.FailurePlan#getAtPacket()
	 * @see #getFailurePlan()
	 * @generated
	 */
	EAttribute getFailurePlan_AtPacket();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.FailurePlan#getMode <em>Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mode</em>'.
	 * @see org.offloadlab.model.FailurePlan#getMode()
	 * @see #getFailurePlan()
	 * @generated
	 */
	EAttribute getFailurePlan_Mode();

	/**
	 * Returns the meta object for class '{@link org.offloadlab.model.Results <em>Results</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Results</em>'.
	 * @see org.offloadlab.model.Results
	 * @generated
	 */
	EClass getResults();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.Results#getExperiment <em>Experiment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Experiment</em>'.
	 * @see org.offloadlab.model.Results#getExperiment()
	 * @see #getResults()
	 * @generated
	 */
	EAttribute getResults_Experiment();

	/**
	 * Returns the meta object for the containment reference '{@link org.offloadlab.model.Results#getProvenance <em>Provenance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Provenance</em>'.
	 * @see org.offloadlab.model.Results#getProvenance()
	 * @see #getResults()
	 * @generated
	 */
	EReference getResults_Provenance();

	/**
	 * Returns the meta object for the containment reference list '{@link org.offloadlab.model.Results#getMetrics <em>Metrics</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Metrics</em>'.
	 * @see org.offloadlab.model.Results#getMetrics()
	 * @see #getResults()
	 * @generated
	 */
	EReference getResults_Metrics();

	/**
	 * Returns the meta object for the containment reference list '{@link org.offloadlab.model.Results#getFailovers <em>Failovers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Failovers</em>'.
	 * @see org.offloadlab.model.Results#getFailovers()
	 * @see #getResults()
	 * @generated
	 */
	EReference getResults_Failovers();

	/**
	 * Returns the meta object for the containment reference '{@link org.offloadlab.model.Results#getIntegrity <em>Integrity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Integrity</em>'.
	 * @see org.offloadlab.model.Results#getIntegrity()
	 * @see #getResults()
	 * @generated
	 */
	EReference getResults_Integrity();

	/**
	 * Returns the meta object for the containment reference list '{@link org.offloadlab.model.Results#getSeries <em>Series</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Series</em>'.
	 * @see org.offloadlab.model.Results#getSeries()
	 * @see #getResults()
	 * @generated
	 */
	EReference getResults_Series();

	/**
	 * Returns the meta object for the containment reference list '{@link org.offloadlab.model.Results#getConnections <em>Connections</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Connections</em>'.
	 * @see org.offloadlab.model.Results#getConnections()
	 * @see #getResults()
	 * @generated
	 */
	EReference getResults_Connections();

	/**
	 * Returns the meta object for the containment reference list '{@link org.offloadlab.model.Results#getBufferGroups <em>Buffer Groups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Buffer Groups</em>'.
	 * @see org.offloadlab.model.Results#getBufferGroups()
	 * @see #getResults()
	 * @generated
	 */
	EReference getResults_BufferGroups();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.Results#getConnectionsNotRecorded <em>Connections Not Recorded</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Connections Not Recorded</em>'.
	 * @see org.offloadlab.model.Results#getConnectionsNotRecorded()
	 * @see #getResults()
	 * @generated
	 */
	EAttribute getResults_ConnectionsNotRecorded();

	/**
	 * Returns the meta object for class '{@link org.offloadlab.model.Provenance <em>Provenance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Provenance</em>'.
	 * @see org.offloadlab.model.Provenance
	 * @generated
	 */
	EClass getProvenance();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.Provenance#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see org.offloadlab.model.Provenance#getVersion()
	 * @see #getProvenance()
	 * @generated
	 */
	EAttribute getProvenance_Version();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.Provenance#getSeed <em>Seed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Seed</em>'.
	 * @see org.offloadlab.model.Provenance#getSeed()
	 * @see #getProvenance()
	 * @generated
	 */
	EAttribute getProvenance_Seed();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.Provenance#getCaptureChecksum <em>Capture Checksum</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Capture Checksum</em>'.
	 * @see org.offloadlab.model.Provenance#getCaptureChecksum()
	 * @see #getProvenance()
	 * @generated
	 */
	EAttribute getProvenance_CaptureChecksum();

	/**
	 * Returns the meta object for class '{@link org.offloadlab.model.Metric <em>Metric</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Metric</em>'.
	 * @see org.offloadlab.model.Metric
	 * @generated
	 */
	EClass getMetric();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.Metric#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.offloadlab.model.Metric#getName()
	 * @see #getMetric()
	 * @generated
	 */
	EAttribute getMetric_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.Metric#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.offloadlab.model.Metric#getValue()
	 * @see #getMetric()
	 * @generated
	 */
	EAttribute getMetric_Value();

	/**
	 * Returns the meta object for class '{@link org.offloadlab.model.FailoverTimeline <em>Failover Timeline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Failover Timeline</em>'.
	 * @see org.offloadlab.model.FailoverTimeline
	 * @generated
	 */
	EClass getFailoverTimeline();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.FailoverTimeline#getAdapter <em>Adapter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Adapter</em>'.
	 * @see org.offloadlab.model.FailoverTimeline#getAdapter()
	 * @see #getFailoverTimeline()
	 * @generated
	 */
	EAttribute getFailoverTimeline_Adapter();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.FailoverTimeline#getMode <em>Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mode</em>'.
	 * @see org.offloadlab.model.FailoverTimeline#getMode()
	 * @see #getFailoverTimeline()
	 * @generated
	 */
	EAttribute getFailoverTimeline_Mode();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.FailoverTimeline#getRecovery <em>Recovery</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Recovery</em>'.
	 * @see org.offloadlab.model.FailoverTimeline#getRecovery()
	 * @see #getFailoverTimeline()
	 * @generated
	 */
	EAttribute getFailoverTimeline_Recovery();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.FailoverTimeline#getFailedAtNanos <em>Failed At Nanos</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Failed At Nanos</em>'.
	 * @see org.offloadlab.model.FailoverTimeline#getFailedAtNanos()
	 * @see #getFailoverTimeline()
	 * @generated
	 */
	EAttribute getFailoverTimeline_FailedAtNanos();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.FailoverTimeline#getRecoveredAtNanos <em>Recovered At Nanos</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Recovered At Nanos</em>'.
	 * @see org.offloadlab.model.FailoverTimeline#getRecoveredAtNanos()
	 * @see #getFailoverTimeline()
	 * @generated
	 */
	EAttribute getFailoverTimeline_RecoveredAtNanos();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.FailoverTimeline#getConnectionsRestored <em>Connections Restored</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Connections Restored</em>'.
	 * @see org.offloadlab.model.FailoverTimeline#getConnectionsRestored()
	 * @see #getFailoverTimeline()
	 * @generated
	 */
	EAttribute getFailoverTimeline_ConnectionsRestored();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.FailoverTimeline#getOutcome <em>Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Outcome</em>'.
	 * @see org.offloadlab.model.FailoverTimeline#getOutcome()
	 * @see #getFailoverTimeline()
	 * @generated
	 */
	EAttribute getFailoverTimeline_Outcome();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.FailoverTimeline#getDetectedAtNanos <em>Detected At Nanos</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Detected At Nanos</em>'.
	 * @see org.offloadlab.model.FailoverTimeline#getDetectedAtNanos()
	 * @see #getFailoverTimeline()
	 * @generated
	 */
	EAttribute getFailoverTimeline_DetectedAtNanos();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.FailoverTimeline#getBlockedAtNanos <em>Blocked At Nanos</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Blocked At Nanos</em>'.
	 * @see org.offloadlab.model.FailoverTimeline#getBlockedAtNanos()
	 * @see #getFailoverTimeline()
	 * @generated
	 */
	EAttribute getFailoverTimeline_BlockedAtNanos();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.FailoverTimeline#getHardStateRecoveredAtNanos <em>Hard State Recovered At Nanos</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hard State Recovered At Nanos</em>'.
	 * @see org.offloadlab.model.FailoverTimeline#getHardStateRecoveredAtNanos()
	 * @see #getFailoverTimeline()
	 * @generated
	 */
	EAttribute getFailoverTimeline_HardStateRecoveredAtNanos();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.FailoverTimeline#getSubstituteActiveAtNanos <em>Substitute Active At Nanos</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Substitute Active At Nanos</em>'.
	 * @see org.offloadlab.model.FailoverTimeline#getSubstituteActiveAtNanos()
	 * @see #getFailoverTimeline()
	 * @generated
	 */
	EAttribute getFailoverTimeline_SubstituteActiveAtNanos();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.FailoverTimeline#getResumedAtNanos <em>Resumed At Nanos</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Resumed At Nanos</em>'.
	 * @see org.offloadlab.model.FailoverTimeline#getResumedAtNanos()
	 * @see #getFailoverTimeline()
	 * @generated
	 */
	EAttribute getFailoverTimeline_ResumedAtNanos();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.FailoverTimeline#getFirstSegmentAtNanos <em>First Segment At Nanos</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>First Segment At Nanos</em>'.
	 * @see org.offloadlab.model.FailoverTimeline#getFirstSegmentAtNanos()
	 * @see #getFailoverTimeline()
	 * @generated
	 */
	EAttribute getFailoverTimeline_FirstSegmentAtNanos();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.FailoverTimeline#getSoftStateConvergedAtNanos <em>Soft State Converged At Nanos</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Soft State Converged At Nanos</em>'.
	 * @see org.offloadlab.model.FailoverTimeline#getSoftStateConvergedAtNanos()
	 * @see #getFailoverTimeline()
	 * @generated
	 */
	EAttribute getFailoverTimeline_SoftStateConvergedAtNanos();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.FailoverTimeline#getSubstitute <em>Substitute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Substitute</em>'.
	 * @see org.offloadlab.model.FailoverTimeline#getSubstitute()
	 * @see #getFailoverTimeline()
	 * @generated
	 */
	EAttribute getFailoverTimeline_Substitute();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.FailoverTimeline#getBlackoutP50Nanos <em>Blackout P50 Nanos</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Blackout P50 Nanos</em>'.
	 * @see org.offloadlab.model.FailoverTimeline#getBlackoutP50Nanos()
	 * @see #getFailoverTimeline()
	 * @generated
	 */
	EAttribute getFailoverTimeline_BlackoutP50Nanos();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.FailoverTimeline#getBlackoutP99Nanos <em>Blackout P99 Nanos</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Blackout P99 Nanos</em>'.
	 * @see org.offloadlab.model.FailoverTimeline#getBlackoutP99Nanos()
	 * @see #getFailoverTimeline()
	 * @generated
	 */
	EAttribute getFailoverTimeline_BlackoutP99Nanos();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.FailoverTimeline#getBlackoutMaxNanos <em>Blackout Max Nanos</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Blackout Max Nanos</em>'.
	 * @see org.offloadlab.model.FailoverTimeline#getBlackoutMaxNanos()
	 * @see #getFailoverTimeline()
	 * @generated
	 */
	EAttribute getFailoverTimeline_BlackoutMaxNanos();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.FailoverTimeline#getBytesRetransmitted <em>Bytes Retransmitted</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bytes Retransmitted</em>'.
	 * @see org.offloadlab.model.FailoverTimeline#getBytesRetransmitted()
	 * @see #getFailoverTimeline()
	 * @generated
	 */
	EAttribute getFailoverTimeline_BytesRetransmitted();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.FailoverTimeline#getConnectionsLost <em>Connections Lost</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Connections Lost</em>'.
	 * @see org.offloadlab.model.FailoverTimeline#getConnectionsLost()
	 * @see #getFailoverTimeline()
	 * @generated
	 */
	EAttribute getFailoverTimeline_ConnectionsLost();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.FailoverTimeline#getUnnotifiedConnections <em>Unnotified Connections</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unnotified Connections</em>'.
	 * @see org.offloadlab.model.FailoverTimeline#getUnnotifiedConnections()
	 * @see #getFailoverTimeline()
	 * @generated
	 */
	EAttribute getFailoverTimeline_UnnotifiedConnections();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.FailoverTimeline#getBlackoutConnectionIds <em>Blackout Connection Ids</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Blackout Connection Ids</em>'.
	 * @see org.offloadlab.model.FailoverTimeline#getBlackoutConnectionIds()
	 * @see #getFailoverTimeline()
	 * @generated
	 */
	EAttribute getFailoverTimeline_BlackoutConnectionIds();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.FailoverTimeline#getBlackoutNanos <em>Blackout Nanos</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Blackout Nanos</em>'.
	 * @see org.offloadlab.model.FailoverTimeline#getBlackoutNanos()
	 * @see #getFailoverTimeline()
	 * @generated
	 */
	EAttribute getFailoverTimeline_BlackoutNanos();

	/**
	 * Returns the meta object for class '{@link org.offloadlab.model.IntegrityVerdict <em>Integrity Verdict</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Integrity Verdict</em>'.
	 * @see org.offloadlab.model.IntegrityVerdict
	 * @generated
	 */
	EClass getIntegrityVerdict();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.IntegrityVerdict#isOk <em>Ok</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ok</em>'.
	 * @see org.offloadlab.model.IntegrityVerdict#isOk()
	 * @see #getIntegrityVerdict()
	 * @generated
	 */
	EAttribute getIntegrityVerdict_Ok();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.IntegrityVerdict#getConnections <em>Connections</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Connections</em>'.
	 * @see org.offloadlab.model.IntegrityVerdict#getConnections()
	 * @see #getIntegrityVerdict()
	 * @generated
	 */
	EAttribute getIntegrityVerdict_Connections();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.IntegrityVerdict#getBytesLost <em>Bytes Lost</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bytes Lost</em>'.
	 * @see org.offloadlab.model.IntegrityVerdict#getBytesLost()
	 * @see #getIntegrityVerdict()
	 * @generated
	 */
	EAttribute getIntegrityVerdict_BytesLost();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.IntegrityVerdict#getBytesDuplicated <em>Bytes Duplicated</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bytes Duplicated</em>'.
	 * @see org.offloadlab.model.IntegrityVerdict#getBytesDuplicated()
	 * @see #getIntegrityVerdict()
	 * @generated
	 */
	EAttribute getIntegrityVerdict_BytesDuplicated();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.IntegrityVerdict#getBytesReordered <em>Bytes Reordered</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bytes Reordered</em>'.
	 * @see org.offloadlab.model.IntegrityVerdict#getBytesReordered()
	 * @see #getIntegrityVerdict()
	 * @generated
	 */
	EAttribute getIntegrityVerdict_BytesReordered();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.IntegrityVerdict#getConnectionsReset <em>Connections Reset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Connections Reset</em>'.
	 * @see org.offloadlab.model.IntegrityVerdict#getConnectionsReset()
	 * @see #getIntegrityVerdict()
	 * @generated
	 */
	EAttribute getIntegrityVerdict_ConnectionsReset();

	/**
	 * Returns the meta object for class '{@link org.offloadlab.model.Series <em>Series</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Series</em>'.
	 * @see org.offloadlab.model.Series
	 * @generated
	 */
	EClass getSeries();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.Series#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.offloadlab.model.Series#getName()
	 * @see #getSeries()
	 * @generated
	 */
	EAttribute getSeries_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.Series#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.offloadlab.model.Series#getUnit()
	 * @see #getSeries()
	 * @generated
	 */
	EAttribute getSeries_Unit();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.Series#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.offloadlab.model.Series#getKind()
	 * @see #getSeries()
	 * @generated
	 */
	EAttribute getSeries_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.Series#getTimesNanos <em>Times Nanos</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Times Nanos</em>'.
	 * @see org.offloadlab.model.Series#getTimesNanos()
	 * @see #getSeries()
	 * @generated
	 */
	EAttribute getSeries_TimesNanos();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.Series#getValues <em>Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Values</em>'.
	 * @see org.offloadlab.model.Series#getValues()
	 * @see #getSeries()
	 * @generated
	 */
	EAttribute getSeries_Values();

	/**
	 * Returns the meta object for class '{@link org.offloadlab.model.ConnectionRecord <em>Connection Record</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Connection Record</em>'.
	 * @see org.offloadlab.model.ConnectionRecord
	 * @generated
	 */
	EClass getConnectionRecord();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.ConnectionRecord#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.offloadlab.model.ConnectionRecord#getId()
	 * @see #getConnectionRecord()
	 * @generated
	 */
	EAttribute getConnectionRecord_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.ConnectionRecord#getLocalAddress <em>Local Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Local Address</em>'.
	 * @see org.offloadlab.model.ConnectionRecord#getLocalAddress()
	 * @see #getConnectionRecord()
	 * @generated
	 */
	EAttribute getConnectionRecord_LocalAddress();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.ConnectionRecord#getLocalPort <em>Local Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Local Port</em>'.
	 * @see org.offloadlab.model.ConnectionRecord#getLocalPort()
	 * @see #getConnectionRecord()
	 * @generated
	 */
	EAttribute getConnectionRecord_LocalPort();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.ConnectionRecord#getRemoteAddress <em>Remote Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Remote Address</em>'.
	 * @see org.offloadlab.model.ConnectionRecord#getRemoteAddress()
	 * @see #getConnectionRecord()
	 * @generated
	 */
	EAttribute getConnectionRecord_RemoteAddress();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.ConnectionRecord#getRemotePort <em>Remote Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Remote Port</em>'.
	 * @see org.offloadlab.model.ConnectionRecord#getRemotePort()
	 * @see #getConnectionRecord()
	 * @generated
	 */
	EAttribute getConnectionRecord_RemotePort();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.ConnectionRecord#getAdapter <em>Adapter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Adapter</em>'.
	 * @see org.offloadlab.model.ConnectionRecord#getAdapter()
	 * @see #getConnectionRecord()
	 * @generated
	 */
	EAttribute getConnectionRecord_Adapter();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.ConnectionRecord#getBufferGroup <em>Buffer Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Buffer Group</em>'.
	 * @see org.offloadlab.model.ConnectionRecord#getBufferGroup()
	 * @see #getConnectionRecord()
	 * @generated
	 */
	EAttribute getConnectionRecord_BufferGroup();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.ConnectionRecord#getTcpState <em>Tcp State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tcp State</em>'.
	 * @see org.offloadlab.model.ConnectionRecord#getTcpState()
	 * @see #getConnectionRecord()
	 * @generated
	 */
	EAttribute getConnectionRecord_TcpState();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.ConnectionRecord#getOpenedAtNanos <em>Opened At Nanos</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Opened At Nanos</em>'.
	 * @see org.offloadlab.model.ConnectionRecord#getOpenedAtNanos()
	 * @see #getConnectionRecord()
	 * @generated
	 */
	EAttribute getConnectionRecord_OpenedAtNanos();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.ConnectionRecord#getLastSeenAtNanos <em>Last Seen At Nanos</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Seen At Nanos</em>'.
	 * @see org.offloadlab.model.ConnectionRecord#getLastSeenAtNanos()
	 * @see #getConnectionRecord()
	 * @generated
	 */
	EAttribute getConnectionRecord_LastSeenAtNanos();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.ConnectionRecord#getSndUna <em>Snd Una</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Snd Una</em>'.
	 * @see org.offloadlab.model.ConnectionRecord#getSndUna()
	 * @see #getConnectionRecord()
	 * @generated
	 */
	EAttribute getConnectionRecord_SndUna();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.ConnectionRecord#getSndNxt <em>Snd Nxt</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Snd Nxt</em>'.
	 * @see org.offloadlab.model.ConnectionRecord#getSndNxt()
	 * @see #getConnectionRecord()
	 * @generated
	 */
	EAttribute getConnectionRecord_SndNxt();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.ConnectionRecord#getRcvNxt <em>Rcv Nxt</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rcv Nxt</em>'.
	 * @see org.offloadlab.model.ConnectionRecord#getRcvNxt()
	 * @see #getConnectionRecord()
	 * @generated
	 */
	EAttribute getConnectionRecord_RcvNxt();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.ConnectionRecord#getSndWnd <em>Snd Wnd</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Snd Wnd</em>'.
	 * @see org.offloadlab.model.ConnectionRecord#getSndWnd()
	 * @see #getConnectionRecord()
	 * @generated
	 */
	EAttribute getConnectionRecord_SndWnd();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.ConnectionRecord#getRcvWnd <em>Rcv Wnd</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rcv Wnd</em>'.
	 * @see org.offloadlab.model.ConnectionRecord#getRcvWnd()
	 * @see #getConnectionRecord()
	 * @generated
	 */
	EAttribute getConnectionRecord_RcvWnd();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.ConnectionRecord#getMss <em>Mss</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mss</em>'.
	 * @see org.offloadlab.model.ConnectionRecord#getMss()
	 * @see #getConnectionRecord()
	 * @generated
	 */
	EAttribute getConnectionRecord_Mss();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.ConnectionRecord#isWindowScaling <em>Window Scaling</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Window Scaling</em>'.
	 * @see org.offloadlab.model.ConnectionRecord#isWindowScaling()
	 * @see #getConnectionRecord()
	 * @generated
	 */
	EAttribute getConnectionRecord_WindowScaling();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.ConnectionRecord#getSndWscale <em>Snd Wscale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Snd Wscale</em>'.
	 * @see org.offloadlab.model.ConnectionRecord#getSndWscale()
	 * @see #getConnectionRecord()
	 * @generated
	 */
	EAttribute getConnectionRecord_SndWscale();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.ConnectionRecord#getRcvWscale <em>Rcv Wscale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rcv Wscale</em>'.
	 * @see org.offloadlab.model.ConnectionRecord#getRcvWscale()
	 * @see #getConnectionRecord()
	 * @generated
	 */
	EAttribute getConnectionRecord_RcvWscale();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.ConnectionRecord#isSack <em>Sack</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sack</em>'.
	 * @see org.offloadlab.model.ConnectionRecord#isSack()
	 * @see #getConnectionRecord()
	 * @generated
	 */
	EAttribute getConnectionRecord_Sack();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.ConnectionRecord#isTimestamps <em>Timestamps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Timestamps</em>'.
	 * @see org.offloadlab.model.ConnectionRecord#isTimestamps()
	 * @see #getConnectionRecord()
	 * @generated
	 */
	EAttribute getConnectionRecord_Timestamps();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.ConnectionRecord#getCwnd <em>Cwnd</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cwnd</em>'.
	 * @see org.offloadlab.model.ConnectionRecord#getCwnd()
	 * @see #getConnectionRecord()
	 * @generated
	 */
	EAttribute getConnectionRecord_Cwnd();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.ConnectionRecord#getSsthresh <em>Ssthresh</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ssthresh</em>'.
	 * @see org.offloadlab.model.ConnectionRecord#getSsthresh()
	 * @see #getConnectionRecord()
	 * @generated
	 */
	EAttribute getConnectionRecord_Ssthresh();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.ConnectionRecord#getSrttNanos <em>Srtt Nanos</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Srtt Nanos</em>'.
	 * @see org.offloadlab.model.ConnectionRecord#getSrttNanos()
	 * @see #getConnectionRecord()
	 * @generated
	 */
	EAttribute getConnectionRecord_SrttNanos();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.ConnectionRecord#getRtoNanos <em>Rto Nanos</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rto Nanos</em>'.
	 * @see org.offloadlab.model.ConnectionRecord#getRtoNanos()
	 * @see #getConnectionRecord()
	 * @generated
	 */
	EAttribute getConnectionRecord_RtoNanos();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.ConnectionRecord#getBytesIn <em>Bytes In</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bytes In</em>'.
	 * @see org.offloadlab.model.ConnectionRecord#getBytesIn()
	 * @see #getConnectionRecord()
	 * @generated
	 */
	EAttribute getConnectionRecord_BytesIn();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.ConnectionRecord#getBytesOut <em>Bytes Out</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bytes Out</em>'.
	 * @see org.offloadlab.model.ConnectionRecord#getBytesOut()
	 * @see #getConnectionRecord()
	 * @generated
	 */
	EAttribute getConnectionRecord_BytesOut();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.ConnectionRecord#getStateTimesNanos <em>State Times Nanos</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>State Times Nanos</em>'.
	 * @see org.offloadlab.model.ConnectionRecord#getStateTimesNanos()
	 * @see #getConnectionRecord()
	 * @generated
	 */
	EAttribute getConnectionRecord_StateTimesNanos();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.ConnectionRecord#getStates <em>States</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>States</em>'.
	 * @see org.offloadlab.model.ConnectionRecord#getStates()
	 * @see #getConnectionRecord()
	 * @generated
	 */
	EAttribute getConnectionRecord_States();

	/**
	 * Returns the meta object for class '{@link org.offloadlab.model.BufferGroupResult <em>Buffer Group Result</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Buffer Group Result</em>'.
	 * @see org.offloadlab.model.BufferGroupResult
	 * @generated
	 */
	EClass getBufferGroupResult();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.BufferGroupResult#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.offloadlab.model.BufferGroupResult#getName()
	 * @see #getBufferGroupResult()
	 * @generated
	 */
	EAttribute getBufferGroupResult_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.BufferGroupResult#getRules <em>Rules</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rules</em>'.
	 * @see org.offloadlab.model.BufferGroupResult#getRules()
	 * @see #getBufferGroupResult()
	 * @generated
	 */
	EAttribute getBufferGroupResult_Rules();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.BufferGroupResult#getMembers <em>Members</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Members</em>'.
	 * @see org.offloadlab.model.BufferGroupResult#getMembers()
	 * @see #getBufferGroupResult()
	 * @generated
	 */
	EAttribute getBufferGroupResult_Members();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.BufferGroupResult#getBuffersHeldPeak <em>Buffers Held Peak</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Buffers Held Peak</em>'.
	 * @see org.offloadlab.model.BufferGroupResult#getBuffersHeldPeak()
	 * @see #getBufferGroupResult()
	 * @generated
	 */
	EAttribute getBufferGroupResult_BuffersHeldPeak();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.BufferGroupResult#getBytesHeldPeak <em>Bytes Held Peak</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bytes Held Peak</em>'.
	 * @see org.offloadlab.model.BufferGroupResult#getBytesHeldPeak()
	 * @see #getBufferGroupResult()
	 * @generated
	 */
	EAttribute getBufferGroupResult_BytesHeldPeak();

	/**
	 * Returns the meta object for the attribute '{@link org.offloadlab.model.BufferGroupResult#getFillRatio <em>Fill Ratio</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fill Ratio</em>'.
	 * @see org.offloadlab.model.BufferGroupResult#getFillRatio()
	 * @see #getBufferGroupResult()
	 * @generated
	 */
	EAttribute getBufferGroupResult_FillRatio();

	/**
	 * Returns the meta object for enum '{@link org.offloadlab.model.NotificationKind <em>Notification Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Notification Kind</em>'.
	 * @see org.offloadlab.model.NotificationKind
	 * @generated
	 */
	EEnum getNotificationKind();

	/**
	 * Returns the meta object for enum '{@link org.offloadlab.model.BufferGroupPolicy <em>Buffer Group Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Buffer Group Policy</em>'.
	 * @see org.offloadlab.model.BufferGroupPolicy
	 * @generated
	 */
	EEnum getBufferGroupPolicy();

	/**
	 * Returns the meta object for enum '{@link org.offloadlab.model.ConnectionAttribute <em>Connection Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Connection Attribute</em>'.
	 * @see org.offloadlab.model.ConnectionAttribute
	 * @generated
	 */
	EEnum getConnectionAttribute();

	/**
	 * Returns the meta object for enum '{@link org.offloadlab.model.FailureTrigger <em>Failure Trigger</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Failure Trigger</em>'.
	 * @see org.offloadlab.model.FailureTrigger
	 * @generated
	 */
	EEnum getFailureTrigger();

	/**
	 * Returns the meta object for enum '{@link org.offloadlab.model.FailureMode <em>Failure Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Failure Mode</em>'.
	 * @see org.offloadlab.model.FailureMode
	 * @generated
	 */
	EEnum getFailureMode();

	/**
	 * Returns the meta object for enum '{@link org.offloadlab.model.RecoveryStrategy <em>Recovery Strategy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Recovery Strategy</em>'.
	 * @see org.offloadlab.model.RecoveryStrategy
	 * @generated
	 */
	EEnum getRecoveryStrategy();

	/**
	 * Returns the meta object for data type '{@link org.offloadlab.model.LongArray <em>Long Array</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Long Array</em>'.
	 * @see org.offloadlab.model.LongArray
	 * @model instanceClass="org.offloadlab.model.LongArray"
	 * @generated
	 */
	EDataType getLongArray();

	/**
	 * Returns the meta object for data type '{@link org.offloadlab.model.DoubleArray <em>Double Array</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Double Array</em>'.
	 * @see org.offloadlab.model.DoubleArray
	 * @model instanceClass="org.offloadlab.model.DoubleArray"
	 * @generated
	 */
	EDataType getDoubleArray();

	/**
	 * Returns the meta object for data type '{@link org.offloadlab.model.IntArray <em>Int Array</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Int Array</em>'.
	 * @see org.offloadlab.model.IntArray
	 * @model instanceClass="org.offloadlab.model.IntArray"
	 * @generated
	 */
	EDataType getIntArray();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	OffloadFactory getOffloadFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.offloadlab.model.impl.ExperimentImpl <em>Experiment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.offloadlab.model.impl.ExperimentImpl
		 * @see org.offloadlab.model.impl.OffloadPackageImpl#getExperiment()
		 * @generated
		 */
		EClass EXPERIMENT = eINSTANCE.getExperiment();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPERIMENT__NAME = eINSTANCE.getExperiment_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPERIMENT__DESCRIPTION = eINSTANCE.getExperiment_Description();

		/**
		 * The meta object literal for the '<em><b>Seed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPERIMENT__SEED = eINSTANCE.getExperiment_Seed();

		/**
		 * The meta object literal for the '<em><b>Duration Millis</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPERIMENT__DURATION_MILLIS = eINSTANCE.getExperiment_DurationMillis();

		/**
		 * The meta object literal for the '<em><b>Topology</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXPERIMENT__TOPOLOGY = eINSTANCE.getExperiment_Topology();

		/**
		 * The meta object literal for the '<em><b>Workload</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXPERIMENT__WORKLOAD = eINSTANCE.getExperiment_Workload();

		/**
		 * The meta object literal for the '<em><b>Policies</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXPERIMENT__POLICIES = eINSTANCE.getExperiment_Policies();

		/**
		 * The meta object literal for the '<em><b>Failure Plan</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXPERIMENT__FAILURE_PLAN = eINSTANCE.getExperiment_FailurePlan();

		/**
		 * The meta object literal for the '<em><b>Recovery</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPERIMENT__RECOVERY = eINSTANCE.getExperiment_Recovery();

		/**
		 * The meta object literal for the '<em><b>Record Connections</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPERIMENT__RECORD_CONNECTIONS = eINSTANCE.getExperiment_RecordConnections();

		/**
		 * The meta object literal for the '<em><b>Record State History</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPERIMENT__RECORD_STATE_HISTORY = eINSTANCE.getExperiment_RecordStateHistory();

		/**
		 * The meta object literal for the '{@link org.offloadlab.model.impl.TopologyImpl <em>Topology</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.offloadlab.model.impl.TopologyImpl
		 * @see org.offloadlab.model.impl.OffloadPackageImpl#getTopology()
		 * @generated
		 */
		EClass TOPOLOGY = eINSTANCE.getTopology();

		/**
		 * The meta object literal for the '<em><b>Host</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TOPOLOGY__HOST = eINSTANCE.getTopology_Host();

		/**
		 * The meta object literal for the '<em><b>Adapters</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TOPOLOGY__ADAPTERS = eINSTANCE.getTopology_Adapters();

		/**
		 * The meta object literal for the '<em><b>Links</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TOPOLOGY__LINKS = eINSTANCE.getTopology_Links();

		/**
		 * The meta object literal for the '<em><b>Peers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TOPOLOGY__PEERS = eINSTANCE.getTopology_Peers();

		/**
		 * The meta object literal for the '{@link org.offloadlab.model.impl.HostImpl <em>Host</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.offloadlab.model.impl.HostImpl
		 * @see org.offloadlab.model.impl.OffloadPackageImpl#getHost()
		 * @generated
		 */
		EClass HOST = eINSTANCE.getHost();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__NAME = eINSTANCE.getHost_Name();

		/**
		 * The meta object literal for the '<em><b>Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__ADDRESS = eINSTANCE.getHost_Address();

		/**
		 * The meta object literal for the '{@link org.offloadlab.model.impl.AdapterImpl <em>Adapter</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.offloadlab.model.impl.AdapterImpl
		 * @see org.offloadlab.model.impl.OffloadPackageImpl#getAdapter()
		 * @generated
		 */
		EClass ADAPTER = eINSTANCE.getAdapter();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADAPTER__NAME = eINSTANCE.getAdapter_Name();

		/**
		 * The meta object literal for the '<em><b>Substitute</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADAPTER__SUBSTITUTE = eINSTANCE.getAdapter_Substitute();

		/**
		 * The meta object literal for the '<em><b>Capabilities</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ADAPTER__CAPABILITIES = eINSTANCE.getAdapter_Capabilities();

		/**
		 * The meta object literal for the '{@link org.offloadlab.model.impl.AdapterCapabilitiesImpl <em>Adapter Capabilities</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.offloadlab.model.impl.AdapterCapabilitiesImpl
		 * @see org.offloadlab.model.impl.OffloadPackageImpl#getAdapterCapabilities()
		 * @generated
		 */
		EClass ADAPTER_CAPABILITIES = eINSTANCE.getAdapterCapabilities();

		/**
		 * The meta object literal for the '<em><b>Table Capacity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADAPTER_CAPABILITIES__TABLE_CAPACITY = eINSTANCE.getAdapterCapabilities_TableCapacity();

		/**
		 * The meta object literal for the '<em><b>Syn Queue Capacity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADAPTER_CAPABILITIES__SYN_QUEUE_CAPACITY = eINSTANCE.getAdapterCapabilities_SynQueueCapacity();

		/**
		 * The meta object literal for the '<em><b>Syn Cookies</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADAPTER_CAPABILITIES__SYN_COOKIES = eINSTANCE.getAdapterCapabilities_SynCookies();

		/**
		 * The meta object literal for the '<em><b>Zero Copy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADAPTER_CAPABILITIES__ZERO_COPY = eINSTANCE.getAdapterCapabilities_ZeroCopy();

		/**
		 * The meta object literal for the '{@link org.offloadlab.model.impl.LinkImpl <em>Link</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.offloadlab.model.impl.LinkImpl
		 * @see org.offloadlab.model.impl.OffloadPackageImpl#getLink()
		 * @generated
		 */
		EClass LINK = eINSTANCE.getLink();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LINK__NAME = eINSTANCE.getLink_Name();

		/**
		 * The meta object literal for the '<em><b>Adapter</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LINK__ADAPTER = eINSTANCE.getLink_Adapter();

		/**
		 * The meta object literal for the '<em><b>Peer</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LINK__PEER = eINSTANCE.getLink_Peer();

		/**
		 * The meta object literal for the '<em><b>Delay Micros</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LINK__DELAY_MICROS = eINSTANCE.getLink_DelayMicros();

		/**
		 * The meta object literal for the '<em><b>Bandwidth Bits Per Second</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LINK__BANDWIDTH_BITS_PER_SECOND = eINSTANCE.getLink_BandwidthBitsPerSecond();

		/**
		 * The meta object literal for the '<em><b>Loss Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LINK__LOSS_RATE = eINSTANCE.getLink_LossRate();

		/**
		 * The meta object literal for the '<em><b>Queue Packets</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LINK__QUEUE_PACKETS = eINSTANCE.getLink_QueuePackets();

		/**
		 * The meta object literal for the '{@link org.offloadlab.model.impl.PeerImpl <em>Peer</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.offloadlab.model.impl.PeerImpl
		 * @see org.offloadlab.model.impl.OffloadPackageImpl#getPeer()
		 * @generated
		 */
		EClass PEER = eINSTANCE.getPeer();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PEER__NAME = eINSTANCE.getPeer_Name();

		/**
		 * The meta object literal for the '<em><b>Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PEER__ADDRESS = eINSTANCE.getPeer_Address();

		/**
		 * The meta object literal for the '{@link org.offloadlab.model.impl.WorkloadImpl <em>Workload</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.offloadlab.model.impl.WorkloadImpl
		 * @see org.offloadlab.model.impl.OffloadPackageImpl#getWorkload()
		 * @generated
		 */
		EClass WORKLOAD = eINSTANCE.getWorkload();

		/**
		 * The meta object literal for the '<em><b>Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORKLOAD__PORT = eINSTANCE.getWorkload_Port();

		/**
		 * The meta object literal for the '<em><b>Connections</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORKLOAD__CONNECTIONS = eINSTANCE.getWorkload_Connections();

		/**
		 * The meta object literal for the '{@link org.offloadlab.model.impl.BulkWorkloadImpl <em>Bulk Workload</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.offloadlab.model.impl.BulkWorkloadImpl
		 * @see org.offloadlab.model.impl.OffloadPackageImpl#getBulkWorkload()
		 * @generated
		 */
		EClass BULK_WORKLOAD = eINSTANCE.getBulkWorkload();

		/**
		 * The meta object literal for the '<em><b>Bytes To Host</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BULK_WORKLOAD__BYTES_TO_HOST = eINSTANCE.getBulkWorkload_BytesToHost();

		/**
		 * The meta object literal for the '<em><b>Bytes From Host</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BULK_WORKLOAD__BYTES_FROM_HOST = eINSTANCE.getBulkWorkload_BytesFromHost();

		/**
		 * The meta object literal for the '{@link org.offloadlab.model.impl.RequestResponseWorkloadImpl <em>Request Response Workload</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.offloadlab.model.impl.RequestResponseWorkloadImpl
		 * @see org.offloadlab.model.impl.OffloadPackageImpl#getRequestResponseWorkload()
		 * @generated
		 */
		EClass REQUEST_RESPONSE_WORKLOAD = eINSTANCE.getRequestResponseWorkload();

		/**
		 * The meta object literal for the '<em><b>Requests Per Connection</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REQUEST_RESPONSE_WORKLOAD__REQUESTS_PER_CONNECTION = eINSTANCE.getRequestResponseWorkload_RequestsPerConnection();

		/**
		 * The meta object literal for the '<em><b>Request Bytes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REQUEST_RESPONSE_WORKLOAD__REQUEST_BYTES = eINSTANCE.getRequestResponseWorkload_RequestBytes();

		/**
		 * The meta object literal for the '<em><b>Response Bytes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REQUEST_RESPONSE_WORKLOAD__RESPONSE_BYTES = eINSTANCE.getRequestResponseWorkload_ResponseBytes();

		/**
		 * The meta object literal for the '<em><b>Think Time Micros</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REQUEST_RESPONSE_WORKLOAD__THINK_TIME_MICROS = eINSTANCE.getRequestResponseWorkload_ThinkTimeMicros();

		/**
		 * The meta object literal for the '{@link org.offloadlab.model.impl.ShortConnectionsWorkloadImpl <em>Short Connections Workload</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.offloadlab.model.impl.ShortConnectionsWorkloadImpl
		 * @see org.offloadlab.model.impl.OffloadPackageImpl#getShortConnectionsWorkload()
		 * @generated
		 */
		EClass SHORT_CONNECTIONS_WORKLOAD = eINSTANCE.getShortConnectionsWorkload();

		/**
		 * The meta object literal for the '<em><b>Rate Per Second</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHORT_CONNECTIONS_WORKLOAD__RATE_PER_SECOND = eINSTANCE.getShortConnectionsWorkload_RatePerSecond();

		/**
		 * The meta object literal for the '<em><b>Request Bytes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHORT_CONNECTIONS_WORKLOAD__REQUEST_BYTES = eINSTANCE.getShortConnectionsWorkload_RequestBytes();

		/**
		 * The meta object literal for the '<em><b>Response Bytes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHORT_CONNECTIONS_WORKLOAD__RESPONSE_BYTES = eINSTANCE.getShortConnectionsWorkload_ResponseBytes();

		/**
		 * The meta object literal for the '{@link org.offloadlab.model.impl.TraceWorkloadImpl <em>Trace Workload</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.offloadlab.model.impl.TraceWorkloadImpl
		 * @see org.offloadlab.model.impl.OffloadPackageImpl#getTraceWorkload()
		 * @generated
		 */
		EClass TRACE_WORKLOAD = eINSTANCE.getTraceWorkload();

		/**
		 * The meta object literal for the '<em><b>Capture Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRACE_WORKLOAD__CAPTURE_PATH = eINSTANCE.getTraceWorkload_CapturePath();

		/**
		 * The meta object literal for the '<em><b>Capture Checksum</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRACE_WORKLOAD__CAPTURE_CHECKSUM = eINSTANCE.getTraceWorkload_CaptureChecksum();

		/**
		 * The meta object literal for the '{@link org.offloadlab.model.impl.AdapterPoliciesImpl <em>Adapter Policies</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.offloadlab.model.impl.AdapterPoliciesImpl
		 * @see org.offloadlab.model.impl.OffloadPackageImpl#getAdapterPolicies()
		 * @generated
		 */
		EClass ADAPTER_POLICIES = eINSTANCE.getAdapterPolicies();

		/**
		 * The meta object literal for the '<em><b>Notification</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADAPTER_POLICIES__NOTIFICATION = eINSTANCE.getAdapterPolicies_Notification();

		/**
		 * The meta object literal for the '<em><b>Batch Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADAPTER_POLICIES__BATCH_COUNT = eINSTANCE.getAdapterPolicies_BatchCount();

		/**
		 * The meta object literal for the '<em><b>Batch Time Micros</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADAPTER_POLICIES__BATCH_TIME_MICROS = eINSTANCE.getAdapterPolicies_BatchTimeMicros();

		/**
		 * The meta object literal for the '<em><b>Adaptive Max Micros</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADAPTER_POLICIES__ADAPTIVE_MAX_MICROS = eINSTANCE.getAdapterPolicies_AdaptiveMaxMicros();

		/**
		 * The meta object literal for the '<em><b>Interrupt Coalescing Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADAPTER_POLICIES__INTERRUPT_COALESCING_COUNT = eINSTANCE.getAdapterPolicies_InterruptCoalescingCount();

		/**
		 * The meta object literal for the '<em><b>Interrupt Coalescing Micros</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADAPTER_POLICIES__INTERRUPT_COALESCING_MICROS = eINSTANCE.getAdapterPolicies_InterruptCoalescingMicros();

		/**
		 * The meta object literal for the '<em><b>Buffer Groups</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADAPTER_POLICIES__BUFFER_GROUPS = eINSTANCE.getAdapterPolicies_BufferGroups();

		/**
		 * The meta object literal for the '<em><b>Buffer Group Rules</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ADAPTER_POLICIES__BUFFER_GROUP_RULES = eINSTANCE.getAdapterPolicies_BufferGroupRules();

		/**
		 * The meta object literal for the '<em><b>Delayed Dma</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADAPTER_POLICIES__DELAYED_DMA = eINSTANCE.getAdapterPolicies_DelayedDma();

		/**
		 * The meta object literal for the '<em><b>Dma Batch Micros</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADAPTER_POLICIES__DMA_BATCH_MICROS = eINSTANCE.getAdapterPolicies_DmaBatchMicros();

		/**
		 * The meta object literal for the '<em><b>Expedite Urgent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADAPTER_POLICIES__EXPEDITE_URGENT = eINSTANCE.getAdapterPolicies_ExpediteUrgent();

		/**
		 * The meta object literal for the '<em><b>Zero Copy Threshold Bytes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADAPTER_POLICIES__ZERO_COPY_THRESHOLD_BYTES = eINSTANCE.getAdapterPolicies_ZeroCopyThresholdBytes();

		/**
		 * The meta object literal for the '{@link org.offloadlab.model.impl.BufferGroupRuleImpl <em>Buffer Group Rule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.offloadlab.model.impl.BufferGroupRuleImpl
		 * @see org.offloadlab.model.impl.OffloadPackageImpl#getBufferGroupRule()
		 * @generated
		 */
		EClass BUFFER_GROUP_RULE = eINSTANCE.getBufferGroupRule();

		/**
		 * The meta object literal for the '<em><b>Attribute</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUFFER_GROUP_RULE__ATTRIBUTE = eINSTANCE.getBufferGroupRule_Attribute();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUFFER_GROUP_RULE__VALUE = eINSTANCE.getBufferGroupRule_Value();

		/**
		 * The meta object literal for the '<em><b>Group</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUFFER_GROUP_RULE__GROUP = eINSTANCE.getBufferGroupRule_Group();

		/**
		 * The meta object literal for the '<em><b>Buffers</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUFFER_GROUP_RULE__BUFFERS = eINSTANCE.getBufferGroupRule_Buffers();

		/**
		 * The meta object literal for the '{@link org.offloadlab.model.impl.FailurePlanImpl <em>Failure Plan</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.offloadlab.model.impl.FailurePlanImpl
		 * @see org.offloadlab.model.impl.OffloadPackageImpl#getFailurePlan()
		 * @generated
		 */
		EClass FAILURE_PLAN = eINSTANCE.getFailurePlan();

		/**
		 * The meta object literal for the '<em><b>Adapter</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FAILURE_PLAN__ADAPTER = eINSTANCE.getFailurePlan_Adapter();

		/**
		 * The meta object literal for the '<em><b>Trigger</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FAILURE_PLAN__TRIGGER = eINSTANCE.getFailurePlan_Trigger();

		/**
		 * The meta object literal for the '<em><b>At Millis</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FAILURE_PLAN__AT_MILLIS = eINSTANCE.getFailurePlan_AtMillis();

		/**
		 * The meta object literal for the '<em><b>At Packet</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FAILURE_PLAN__AT_PACKET = eINSTANCE.getFailurePlan_AtPacket();

		/**
		 * The meta object literal for the '<em><b>Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FAILURE_PLAN__MODE = eINSTANCE.getFailurePlan_Mode();

		/**
		 * The meta object literal for the '{@link org.offloadlab.model.impl.ResultsImpl <em>Results</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.offloadlab.model.impl.ResultsImpl
		 * @see org.offloadlab.model.impl.OffloadPackageImpl#getResults()
		 * @generated
		 */
		EClass RESULTS = eINSTANCE.getResults();

		/**
		 * The meta object literal for the '<em><b>Experiment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESULTS__EXPERIMENT = eINSTANCE.getResults_Experiment();

		/**
		 * The meta object literal for the '<em><b>Provenance</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RESULTS__PROVENANCE = eINSTANCE.getResults_Provenance();

		/**
		 * The meta object literal for the '<em><b>Metrics</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RESULTS__METRICS = eINSTANCE.getResults_Metrics();

		/**
		 * The meta object literal for the '<em><b>Failovers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RESULTS__FAILOVERS = eINSTANCE.getResults_Failovers();

		/**
		 * The meta object literal for the '<em><b>Integrity</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RESULTS__INTEGRITY = eINSTANCE.getResults_Integrity();

		/**
		 * The meta object literal for the '<em><b>Series</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RESULTS__SERIES = eINSTANCE.getResults_Series();

		/**
		 * The meta object literal for the '<em><b>Connections</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RESULTS__CONNECTIONS = eINSTANCE.getResults_Connections();

		/**
		 * The meta object literal for the '<em><b>Buffer Groups</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RESULTS__BUFFER_GROUPS = eINSTANCE.getResults_BufferGroups();

		/**
		 * The meta object literal for the '<em><b>Connections Not Recorded</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESULTS__CONNECTIONS_NOT_RECORDED = eINSTANCE.getResults_ConnectionsNotRecorded();

		/**
		 * The meta object literal for the '{@link org.offloadlab.model.impl.ProvenanceImpl <em>Provenance</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.offloadlab.model.impl.ProvenanceImpl
		 * @see org.offloadlab.model.impl.OffloadPackageImpl#getProvenance()
		 * @generated
		 */
		EClass PROVENANCE = eINSTANCE.getProvenance();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVENANCE__VERSION = eINSTANCE.getProvenance_Version();

		/**
		 * The meta object literal for the '<em><b>Seed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVENANCE__SEED = eINSTANCE.getProvenance_Seed();

		/**
		 * The meta object literal for the '<em><b>Capture Checksum</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVENANCE__CAPTURE_CHECKSUM = eINSTANCE.getProvenance_CaptureChecksum();

		/**
		 * The meta object literal for the '{@link org.offloadlab.model.impl.MetricImpl <em>Metric</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.offloadlab.model.impl.MetricImpl
		 * @see org.offloadlab.model.impl.OffloadPackageImpl#getMetric()
		 * @generated
		 */
		EClass METRIC = eINSTANCE.getMetric();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC__NAME = eINSTANCE.getMetric_Name();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC__VALUE = eINSTANCE.getMetric_Value();

		/**
		 * The meta object literal for the '{@link org.offloadlab.model.impl.FailoverTimelineImpl <em>Failover Timeline</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.offloadlab.model.impl.FailoverTimelineImpl
		 * @see org.offloadlab.model.impl.OffloadPackageImpl#getFailoverTimeline()
		 * @generated
		 */
		EClass FAILOVER_TIMELINE = eINSTANCE.getFailoverTimeline();

		/**
		 * The meta object literal for the '<em><b>Adapter</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FAILOVER_TIMELINE__ADAPTER = eINSTANCE.getFailoverTimeline_Adapter();

		/**
		 * The meta object literal for the '<em><b>Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FAILOVER_TIMELINE__MODE = eINSTANCE.getFailoverTimeline_Mode();

		/**
		 * The meta object literal for the '<em><b>Recovery</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FAILOVER_TIMELINE__RECOVERY = eINSTANCE.getFailoverTimeline_Recovery();

		/**
		 * The meta object literal for the '<em><b>Failed At Nanos</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FAILOVER_TIMELINE__FAILED_AT_NANOS = eINSTANCE.getFailoverTimeline_FailedAtNanos();

		/**
		 * The meta object literal for the '<em><b>Recovered At Nanos</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FAILOVER_TIMELINE__RECOVERED_AT_NANOS = eINSTANCE.getFailoverTimeline_RecoveredAtNanos();

		/**
		 * The meta object literal for the '<em><b>Connections Restored</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FAILOVER_TIMELINE__CONNECTIONS_RESTORED = eINSTANCE.getFailoverTimeline_ConnectionsRestored();

		/**
		 * The meta object literal for the '<em><b>Outcome</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FAILOVER_TIMELINE__OUTCOME = eINSTANCE.getFailoverTimeline_Outcome();

		/**
		 * The meta object literal for the '<em><b>Detected At Nanos</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FAILOVER_TIMELINE__DETECTED_AT_NANOS = eINSTANCE.getFailoverTimeline_DetectedAtNanos();

		/**
		 * The meta object literal for the '<em><b>Blocked At Nanos</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FAILOVER_TIMELINE__BLOCKED_AT_NANOS = eINSTANCE.getFailoverTimeline_BlockedAtNanos();

		/**
		 * The meta object literal for the '<em><b>Hard State Recovered At Nanos</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FAILOVER_TIMELINE__HARD_STATE_RECOVERED_AT_NANOS = eINSTANCE.getFailoverTimeline_HardStateRecoveredAtNanos();

		/**
		 * The meta object literal for the '<em><b>Substitute Active At Nanos</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FAILOVER_TIMELINE__SUBSTITUTE_ACTIVE_AT_NANOS = eINSTANCE.getFailoverTimeline_SubstituteActiveAtNanos();

		/**
		 * The meta object literal for the '<em><b>Resumed At Nanos</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FAILOVER_TIMELINE__RESUMED_AT_NANOS = eINSTANCE.getFailoverTimeline_ResumedAtNanos();

		/**
		 * The meta object literal for the '<em><b>First Segment At Nanos</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FAILOVER_TIMELINE__FIRST_SEGMENT_AT_NANOS = eINSTANCE.getFailoverTimeline_FirstSegmentAtNanos();

		/**
		 * The meta object literal for the '<em><b>Soft State Converged At Nanos</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FAILOVER_TIMELINE__SOFT_STATE_CONVERGED_AT_NANOS = eINSTANCE.getFailoverTimeline_SoftStateConvergedAtNanos();

		/**
		 * The meta object literal for the '<em><b>Substitute</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FAILOVER_TIMELINE__SUBSTITUTE = eINSTANCE.getFailoverTimeline_Substitute();

		/**
		 * The meta object literal for the '<em><b>Blackout P50 Nanos</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FAILOVER_TIMELINE__BLACKOUT_P50_NANOS = eINSTANCE.getFailoverTimeline_BlackoutP50Nanos();

		/**
		 * The meta object literal for the '<em><b>Blackout P99 Nanos</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FAILOVER_TIMELINE__BLACKOUT_P99_NANOS = eINSTANCE.getFailoverTimeline_BlackoutP99Nanos();

		/**
		 * The meta object literal for the '<em><b>Blackout Max Nanos</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FAILOVER_TIMELINE__BLACKOUT_MAX_NANOS = eINSTANCE.getFailoverTimeline_BlackoutMaxNanos();

		/**
		 * The meta object literal for the '<em><b>Bytes Retransmitted</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FAILOVER_TIMELINE__BYTES_RETRANSMITTED = eINSTANCE.getFailoverTimeline_BytesRetransmitted();

		/**
		 * The meta object literal for the '<em><b>Connections Lost</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FAILOVER_TIMELINE__CONNECTIONS_LOST = eINSTANCE.getFailoverTimeline_ConnectionsLost();

		/**
		 * The meta object literal for the '<em><b>Unnotified Connections</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FAILOVER_TIMELINE__UNNOTIFIED_CONNECTIONS = eINSTANCE.getFailoverTimeline_UnnotifiedConnections();

		/**
		 * The meta object literal for the '<em><b>Blackout Connection Ids</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FAILOVER_TIMELINE__BLACKOUT_CONNECTION_IDS = eINSTANCE.getFailoverTimeline_BlackoutConnectionIds();

		/**
		 * The meta object literal for the '<em><b>Blackout Nanos</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FAILOVER_TIMELINE__BLACKOUT_NANOS = eINSTANCE.getFailoverTimeline_BlackoutNanos();

		/**
		 * The meta object literal for the '{@link org.offloadlab.model.impl.IntegrityVerdictImpl <em>Integrity Verdict</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.offloadlab.model.impl.IntegrityVerdictImpl
		 * @see org.offloadlab.model.impl.OffloadPackageImpl#getIntegrityVerdict()
		 * @generated
		 */
		EClass INTEGRITY_VERDICT = eINSTANCE.getIntegrityVerdict();

		/**
		 * The meta object literal for the '<em><b>Ok</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTEGRITY_VERDICT__OK = eINSTANCE.getIntegrityVerdict_Ok();

		/**
		 * The meta object literal for the '<em><b>Connections</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTEGRITY_VERDICT__CONNECTIONS = eINSTANCE.getIntegrityVerdict_Connections();

		/**
		 * The meta object literal for the '<em><b>Bytes Lost</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTEGRITY_VERDICT__BYTES_LOST = eINSTANCE.getIntegrityVerdict_BytesLost();

		/**
		 * The meta object literal for the '<em><b>Bytes Duplicated</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTEGRITY_VERDICT__BYTES_DUPLICATED = eINSTANCE.getIntegrityVerdict_BytesDuplicated();

		/**
		 * The meta object literal for the '<em><b>Bytes Reordered</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTEGRITY_VERDICT__BYTES_REORDERED = eINSTANCE.getIntegrityVerdict_BytesReordered();

		/**
		 * The meta object literal for the '<em><b>Connections Reset</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTEGRITY_VERDICT__CONNECTIONS_RESET = eINSTANCE.getIntegrityVerdict_ConnectionsReset();

		/**
		 * The meta object literal for the '{@link org.offloadlab.model.impl.SeriesImpl <em>Series</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.offloadlab.model.impl.SeriesImpl
		 * @see org.offloadlab.model.impl.OffloadPackageImpl#getSeries()
		 * @generated
		 */
		EClass SERIES = eINSTANCE.getSeries();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERIES__NAME = eINSTANCE.getSeries_Name();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERIES__UNIT = eINSTANCE.getSeries_Unit();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERIES__KIND = eINSTANCE.getSeries_Kind();

		/**
		 * The meta object literal for the '<em><b>Times Nanos</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERIES__TIMES_NANOS = eINSTANCE.getSeries_TimesNanos();

		/**
		 * The meta object literal for the '<em><b>Values</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERIES__VALUES = eINSTANCE.getSeries_Values();

		/**
		 * The meta object literal for the '{@link org.offloadlab.model.impl.ConnectionRecordImpl <em>Connection Record</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.offloadlab.model.impl.ConnectionRecordImpl
		 * @see org.offloadlab.model.impl.OffloadPackageImpl#getConnectionRecord()
		 * @generated
		 */
		EClass CONNECTION_RECORD = eINSTANCE.getConnectionRecord();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONNECTION_RECORD__ID = eINSTANCE.getConnectionRecord_Id();

		/**
		 * The meta object literal for the '<em><b>Local Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONNECTION_RECORD__LOCAL_ADDRESS = eINSTANCE.getConnectionRecord_LocalAddress();

		/**
		 * The meta object literal for the '<em><b>Local Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONNECTION_RECORD__LOCAL_PORT = eINSTANCE.getConnectionRecord_LocalPort();

		/**
		 * The meta object literal for the '<em><b>Remote Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONNECTION_RECORD__REMOTE_ADDRESS = eINSTANCE.getConnectionRecord_RemoteAddress();

		/**
		 * The meta object literal for the '<em><b>Remote Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONNECTION_RECORD__REMOTE_PORT = eINSTANCE.getConnectionRecord_RemotePort();

		/**
		 * The meta object literal for the '<em><b>Adapter</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONNECTION_RECORD__ADAPTER = eINSTANCE.getConnectionRecord_Adapter();

		/**
		 * The meta object literal for the '<em><b>Buffer Group</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONNECTION_RECORD__BUFFER_GROUP = eINSTANCE.getConnectionRecord_BufferGroup();

		/**
		 * The meta object literal for the '<em><b>Tcp State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONNECTION_RECORD__TCP_STATE = eINSTANCE.getConnectionRecord_TcpState();

		/**
		 * The meta object literal for the '<em><b>Opened At Nanos</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONNECTION_RECORD__OPENED_AT_NANOS = eINSTANCE.getConnectionRecord_OpenedAtNanos();

		/**
		 * The meta object literal for the '<em><b>Last Seen At Nanos</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONNECTION_RECORD__LAST_SEEN_AT_NANOS = eINSTANCE.getConnectionRecord_LastSeenAtNanos();

		/**
		 * The meta object literal for the '<em><b>Snd Una</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONNECTION_RECORD__SND_UNA = eINSTANCE.getConnectionRecord_SndUna();

		/**
		 * The meta object literal for the '<em><b>Snd Nxt</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONNECTION_RECORD__SND_NXT = eINSTANCE.getConnectionRecord_SndNxt();

		/**
		 * The meta object literal for the '<em><b>Rcv Nxt</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONNECTION_RECORD__RCV_NXT = eINSTANCE.getConnectionRecord_RcvNxt();

		/**
		 * The meta object literal for the '<em><b>Snd Wnd</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONNECTION_RECORD__SND_WND = eINSTANCE.getConnectionRecord_SndWnd();

		/**
		 * The meta object literal for the '<em><b>Rcv Wnd</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONNECTION_RECORD__RCV_WND = eINSTANCE.getConnectionRecord_RcvWnd();

		/**
		 * The meta object literal for the '<em><b>Mss</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONNECTION_RECORD__MSS = eINSTANCE.getConnectionRecord_Mss();

		/**
		 * The meta object literal for the '<em><b>Window Scaling</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONNECTION_RECORD__WINDOW_SCALING = eINSTANCE.getConnectionRecord_WindowScaling();

		/**
		 * The meta object literal for the '<em><b>Snd Wscale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONNECTION_RECORD__SND_WSCALE = eINSTANCE.getConnectionRecord_SndWscale();

		/**
		 * The meta object literal for the '<em><b>Rcv Wscale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONNECTION_RECORD__RCV_WSCALE = eINSTANCE.getConnectionRecord_RcvWscale();

		/**
		 * The meta object literal for the '<em><b>Sack</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONNECTION_RECORD__SACK = eINSTANCE.getConnectionRecord_Sack();

		/**
		 * The meta object literal for the '<em><b>Timestamps</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONNECTION_RECORD__TIMESTAMPS = eINSTANCE.getConnectionRecord_Timestamps();

		/**
		 * The meta object literal for the '<em><b>Cwnd</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONNECTION_RECORD__CWND = eINSTANCE.getConnectionRecord_Cwnd();

		/**
		 * The meta object literal for the '<em><b>Ssthresh</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONNECTION_RECORD__SSTHRESH = eINSTANCE.getConnectionRecord_Ssthresh();

		/**
		 * The meta object literal for the '<em><b>Srtt Nanos</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONNECTION_RECORD__SRTT_NANOS = eINSTANCE.getConnectionRecord_SrttNanos();

		/**
		 * The meta object literal for the '<em><b>Rto Nanos</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONNECTION_RECORD__RTO_NANOS = eINSTANCE.getConnectionRecord_RtoNanos();

		/**
		 * The meta object literal for the '<em><b>Bytes In</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONNECTION_RECORD__BYTES_IN = eINSTANCE.getConnectionRecord_BytesIn();

		/**
		 * The meta object literal for the '<em><b>Bytes Out</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONNECTION_RECORD__BYTES_OUT = eINSTANCE.getConnectionRecord_BytesOut();

		/**
		 * The meta object literal for the '<em><b>State Times Nanos</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONNECTION_RECORD__STATE_TIMES_NANOS = eINSTANCE.getConnectionRecord_StateTimesNanos();

		/**
		 * The meta object literal for the '<em><b>States</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONNECTION_RECORD__STATES = eINSTANCE.getConnectionRecord_States();

		/**
		 * The meta object literal for the '{@link org.offloadlab.model.impl.BufferGroupResultImpl <em>Buffer Group Result</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.offloadlab.model.impl.BufferGroupResultImpl
		 * @see org.offloadlab.model.impl.OffloadPackageImpl#getBufferGroupResult()
		 * @generated
		 */
		EClass BUFFER_GROUP_RESULT = eINSTANCE.getBufferGroupResult();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUFFER_GROUP_RESULT__NAME = eINSTANCE.getBufferGroupResult_Name();

		/**
		 * The meta object literal for the '<em><b>Rules</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUFFER_GROUP_RESULT__RULES = eINSTANCE.getBufferGroupResult_Rules();

		/**
		 * The meta object literal for the '<em><b>Members</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUFFER_GROUP_RESULT__MEMBERS = eINSTANCE.getBufferGroupResult_Members();

		/**
		 * The meta object literal for the '<em><b>Buffers Held Peak</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUFFER_GROUP_RESULT__BUFFERS_HELD_PEAK = eINSTANCE.getBufferGroupResult_BuffersHeldPeak();

		/**
		 * The meta object literal for the '<em><b>Bytes Held Peak</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUFFER_GROUP_RESULT__BYTES_HELD_PEAK = eINSTANCE.getBufferGroupResult_BytesHeldPeak();

		/**
		 * The meta object literal for the '<em><b>Fill Ratio</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUFFER_GROUP_RESULT__FILL_RATIO = eINSTANCE.getBufferGroupResult_FillRatio();

		/**
		 * The meta object literal for the '{@link org.offloadlab.model.NotificationKind <em>Notification Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.offloadlab.model.NotificationKind
		 * @see org.offloadlab.model.impl.OffloadPackageImpl#getNotificationKind()
		 * @generated
		 */
		EEnum NOTIFICATION_KIND = eINSTANCE.getNotificationKind();

		/**
		 * The meta object literal for the '{@link org.offloadlab.model.BufferGroupPolicy <em>Buffer Group Policy</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.offloadlab.model.BufferGroupPolicy
		 * @see org.offloadlab.model.impl.OffloadPackageImpl#getBufferGroupPolicy()
		 * @generated
		 */
		EEnum BUFFER_GROUP_POLICY = eINSTANCE.getBufferGroupPolicy();

		/**
		 * The meta object literal for the '{@link org.offloadlab.model.ConnectionAttribute <em>Connection Attribute</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.offloadlab.model.ConnectionAttribute
		 * @see org.offloadlab.model.impl.OffloadPackageImpl#getConnectionAttribute()
		 * @generated
		 */
		EEnum CONNECTION_ATTRIBUTE = eINSTANCE.getConnectionAttribute();

		/**
		 * The meta object literal for the '{@link org.offloadlab.model.FailureTrigger <em>Failure Trigger</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.offloadlab.model.FailureTrigger
		 * @see org.offloadlab.model.impl.OffloadPackageImpl#getFailureTrigger()
		 * @generated
		 */
		EEnum FAILURE_TRIGGER = eINSTANCE.getFailureTrigger();

		/**
		 * The meta object literal for the '{@link org.offloadlab.model.FailureMode <em>Failure Mode</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.offloadlab.model.FailureMode
		 * @see org.offloadlab.model.impl.OffloadPackageImpl#getFailureMode()
		 * @generated
		 */
		EEnum FAILURE_MODE = eINSTANCE.getFailureMode();

		/**
		 * The meta object literal for the '{@link org.offloadlab.model.RecoveryStrategy <em>Recovery Strategy</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.offloadlab.model.RecoveryStrategy
		 * @see org.offloadlab.model.impl.OffloadPackageImpl#getRecoveryStrategy()
		 * @generated
		 */
		EEnum RECOVERY_STRATEGY = eINSTANCE.getRecoveryStrategy();

		/**
		 * The meta object literal for the '<em>Long Array</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.offloadlab.model.LongArray
		 * @see org.offloadlab.model.impl.OffloadPackageImpl#getLongArray()
		 * @generated
		 */
		EDataType LONG_ARRAY = eINSTANCE.getLongArray();

		/**
		 * The meta object literal for the '<em>Double Array</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.offloadlab.model.DoubleArray
		 * @see org.offloadlab.model.impl.OffloadPackageImpl#getDoubleArray()
		 * @generated
		 */
		EDataType DOUBLE_ARRAY = eINSTANCE.getDoubleArray();

		/**
		 * The meta object literal for the '<em>Int Array</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.offloadlab.model.IntArray
		 * @see org.offloadlab.model.impl.OffloadPackageImpl#getIntArray()
		 * @generated
		 */
		EDataType INT_ARRAY = eINSTANCE.getIntArray();

	}

} //OffloadPackage
