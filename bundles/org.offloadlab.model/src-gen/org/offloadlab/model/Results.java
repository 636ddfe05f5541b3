/**
 */
package org.offloadlab.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Results</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.offloadlab.model.Results#getExperiment <em>Experiment</em>}</li>
 *   <li>{@link org.offloadlab.model.Results#getProvenance <em>Provenance</em>}</li>
 *   <li>{@link org.offloadlab.model.Results#getMetrics <em>Metrics</em>}</li>
 *   <li>{@link org.offloadlab.model.Results#getFailovers <em>Failovers</em>}</li>
 *   <li>{@link org.offloadlab.model.Results#getIntegrity <em>Integrity</em>}</li>
 *   <li>{@link org.offloadlab.model.Results#getSeries <em>Series</em>}</li>
 *   <li>{@link org.offloadlab.model.Results#getConnections <em>Connections</em>}</li>
 *   <li>{@link org.offloadlab.model.Results#getBufferGroups <em>Buffer Groups</em>}</li>
 *   <li>{@link org.offloadlab.model.Results#getConnectionsNotRecorded <em>Connections Not Recorded</em>}</li>
 * </ul>
 *
 * @see org.offloadlab.model.OffloadPackage#getResults()
 * @model
 * @generated
 */
public interface Results extends EObject {
	/**
	 * Returns the value of the '<em><b>Experiment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Experiment</em>' attribute.
	 * @see #setExperiment(String)
	 * @see org.offloadlab.model.OffloadPackage#getResults_Experiment()
	 * @model
	 * @generated
	 */
	String getExperiment();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.Results#getExperiment <em>Experiment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Experiment</em>' attribute.
	 * @see #getExperiment()
	 * @generated
	 */
	void setExperiment(String value);

	/**
	 * Returns the value of the '<em><b>Provenance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Provenance</em>' containment reference.
	 * @see #setProvenance(Provenance)
	 * @see org.offloadlab.model.OffloadPackage#getResults_Provenance()
	 * @model containment="true"
	 * @generated
	 */
	Provenance getProvenance();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.Results#getProvenance <em>Provenance</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Provenance</em>' containment reference.
	 * @see #getProvenance()
	 * @generated
	 */
	void setProvenance(Provenance value);

	/**
	 * Returns the value of the '<em><b>Metrics</b></em>' containment reference list.
	 * The list contents are of type {@link org.offloadlab.model.Metric}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Metrics</em>' containment reference list.
	 * @see org.offloadlab.model.OffloadPackage#getResults_Metrics()
	 * @model containment="true"
	 * @generated
	 */
	EList<Metric> getMetrics();

	/**
	 * Returns the value of the '<em><b>Failovers</b></em>' containment reference list.
	 * The list contents are of type {@link org.offloadlab.model.FailoverTimeline}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Failovers</em>' containment reference list.
	 * @see org.offloadlab.model.OffloadPackage#getResults_Failovers()
	 * @model containment="true"
	 * @generated
	 */
	EList<FailoverTimeline> getFailovers();

	/**
	 * Returns the value of the '<em><b>Integrity</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Integrity</em>' containment reference.
	 * @see #setIntegrity(IntegrityVerdict)
	 * @see org.offloadlab.model.OffloadPackage#getResults_Integrity()
	 * @model containment="true"
	 * @generated
	 */
	IntegrityVerdict getIntegrity();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.Results#getIntegrity <em>Integrity</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Integrity</em>' containment reference.
	 * @see #getIntegrity()
	 * @generated
	 */
	void setIntegrity(IntegrityVerdict value);

	/**
	 * Returns the value of the '<em><b>Series</b></em>' containment reference list.
	 * The list contents are of type {@link org.offloadlab.model.Series}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Series</em>' containment reference list.
	 * @see org.offloadlab.model.OffloadPackage#getResults_Series()
	 * @model containment="true"
	 * @generated
	 */
	EList<Series> getSeries();

	/**
	 * Returns the value of the '<em><b>Connections</b></em>' containment reference list.
	 * The list contents are of type {@link org.offloadlab.model.ConnectionRecord}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Connections</em>' containment reference list.
	 * @see org.offloadlab.model.OffloadPackage#getResults_Connections()
	 * @model containment="true"
	 * @generated
	 */
	EList<ConnectionRecord> getConnections();

	/**
	 * Returns the value of the '<em><b>Buffer Groups</b></em>' containment reference list.
	 * The list contents are of type {@link org.offloadlab.model.BufferGroupResult}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Buffer Groups</em>' containment reference list.
	 * @see org.offloadlab.model.OffloadPackage#getResults_BufferGroups()
	 * @model containment="true"
	 * @generated
	 */
	EList<BufferGroupResult> getBufferGroups();

	/**
	 * Returns the value of the '<em><b>Connections Not Recorded</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Connections opened beyond the experiment's recordConnections limit, hence without a ConnectionRecord.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Connections Not Recorded</em>' attribute.
	 * @see #setConnectionsNotRecorded(long)
	 * @see org.offloadlab.model.OffloadPackage#getResults_ConnectionsNotRecorded()
	 * @model default="0"
	 * @generated
	 */
	long getConnectionsNotRecorded();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.Results#getConnectionsNotRecorded <em>Connections Not Recorded</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Connections Not Recorded</em>' attribute.
	 * @see #getConnectionsNotRecorded()
	 * @generated
	 */
	void setConnectionsNotRecorded(long value);

} // Results
