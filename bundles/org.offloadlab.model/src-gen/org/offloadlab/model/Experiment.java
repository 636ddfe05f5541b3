/**
 */
package org.offloadlab.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Experiment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.offloadlab.model.Experiment#getName <em>Name</em>}</li>
 *   <li>{@link org.offloadlab.model.Experiment#getDescription <em>Description</em>}</li>
 *   <li>{@link org.offloadlab.model.Experiment#getSeed <em>Seed</em>}</li>
 *   <li>{@link org.offloadlab.model.Experiment#getDurationMillis <em>Duration Millis</em>}</li>
 *   <li>{@link org.offloadlab.model.Experiment#getTopology <em>Topology</em>}</li>
 *   <li>{@link org.offloadlab.model.Experiment#getWorkload <em>Workload</em>}</li>
 *   <li>{@link org.offloadlab.model.Experiment#getPolicies <em>Policies</em>}</li>
 *   <li>{@link org.offloadlab.model.Experiment#getFailurePlan <em>Failure Plan</em>}</li>
 *   <li>{@link org.offloadlab.model.Experiment#getRecovery <em>Recovery</em>}</li>
 *   <li>{@link org.offloadlab.model.Experiment#getRecordConnections <em>Record Connections</em>}</li>
 *   <li>{@link org.offloadlab.model.Experiment#isRecordStateHistory <em>Record State History</em>}</li>
 * </ul>
 *
 * @see org.offloadlab.model.OffloadPackage#getExperiment()
 * @model
 * @generated
 */
public interface Experiment extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.offloadlab.model.OffloadPackage#getExperiment_Name()
	 * @model required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.Experiment#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.offloadlab.model.OffloadPackage#getExperiment_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.Experiment#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Seed</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Seed</em>' attribute.
	 * @see #setSeed(long)
	 * @see org.offloadlab.model.OffloadPackage#getExperiment_Seed()
	 * @model default="1"
	 * @generated
	 */
	long getSeed();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.Experiment#getSeed <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Seed</em>' attribute.
	 * @see #getSeed()
	 * @generated
	 */
	void setSeed(long value);

	/**
	 * Returns the value of the '<em><b>Duration Millis</b></em>' attribute.
	 * The default value is <code>"60000"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Duration Millis</em>' attribute.
	 * @see #setDurationMillis(long)
	 * @see org.offloadlab.model.OffloadPackage#getExperiment_DurationMillis()
	 * @model default="60000"
	 * @generated
	 */
	long getDurationMillis();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.Experiment#getDurationMillis <em>Duration Millis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Duration Millis</em>' attribute.
	 * @see #getDurationMillis()
	 * @generated
	 */
	void setDurationMillis(long value);

	/**
	 * Returns the value of the '<em><b>Topology</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Topology</em>' containment reference.
	 * @see #setTopology(Topology)
	 * @see org.offloadlab.model.OffloadPackage#getExperiment_Topology()
	 * @model containment="true" required="true"
	 * @generated
	 */
	Topology getTopology();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.Experiment#getTopology <em>Topology</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Topology</em>' containment reference.
	 * @see #getTopology()
	 * @generated
	 */
	void setTopology(Topology value);

	/**
	 * Returns the value of the '<em><b>Workload</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Workload</em>' containment reference.
	 * @see #setWorkload(Workload)
	 * @see org.offloadlab.model.OffloadPackage#getExperiment_Workload()
	 * @model containment="true" required="true"
	 * @generated
	 */
	Workload getWorkload();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.Experiment#getWorkload <em>Workload</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Workload</em>' containment reference.
	 * @see #getWorkload()
	 * @generated
	 */
	void setWorkload(Workload value);

	/**
	 * Returns the value of the '<em><b>Policies</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Policies</em>' containment reference.
	 * @see #setPolicies(AdapterPolicies)
	 * @see org.offloadlab.model.OffloadPackage#getExperiment_Policies()
	 * @model containment="true"
	 * @generated
	 */
	AdapterPolicies getPolicies();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.Experiment#getPolicies <em>Policies</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Policies</em>' containment reference.
	 * @see #getPolicies()
	 * @generated
	 */
	void setPolicies(AdapterPolicies value);

	/**
	 * Returns the value of the '<em><b>Failure Plan</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Failure Plan</em>' containment reference.
	 * @see #setFailurePlan(FailurePlan)
	 * @see org.offloadlab.model.OffloadPackage#getExperiment_FailurePlan()
	 * @model containment="true"
	 * @generated
	 */
	FailurePlan getFailurePlan();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.Experiment#getFailurePlan <em>Failure Plan</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Failure Plan</em>' containment reference.
	 * @see #getFailurePlan()
	 * @generated
	 */
	void setFailurePlan(FailurePlan value);

	/**
	 * Returns the value of the '<em><b>Recovery</b></em>' attribute.
	 * The literals are from the enumeration {@link org.offloadlab.model.RecoveryStrategy}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Recovery</em>' attribute.
	 * @see org.offloadlab.model.RecoveryStrategy
	 * @see #setRecovery(RecoveryStrategy)
	 * @see org.offloadlab.model.OffloadPackage#getExperiment_Recovery()
	 * @model
	 * @generated
	 */
	RecoveryStrategy getRecovery();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.Experiment#getRecovery <em>Recovery</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Recovery</em>' attribute.
	 * @see org.offloadlab.model.RecoveryStrategy
	 * @see #getRecovery()
	 * @generated
	 */
	void setRecovery(RecoveryStrategy value);

	/**
	 * Returns the value of the '<em><b>Record Connections</b></em>' attribute.
	 * The default value is <code>"1000"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * At most this many connections (the first ones opened) get a ConnectionRecord in the results; 0 records none. Bounds the results of runs with 100k connections.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Record Connections</em>' attribute.
	 * @see #setRecordConnections(int)
	 * @see org.offloadlab.model.OffloadPackage#getExperiment_RecordConnections()
	 * @model default="1000"
	 * @generated
	 */
	int getRecordConnections();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.Experiment#getRecordConnections <em>Record Connections</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Record Connections</em>' attribute.
	 * @see #getRecordConnections()
	 * @generated
	 */
	void setRecordConnections(int value);

	/**
	 * Returns the value of the '<em><b>Record State History</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether recorded connections keep their TCP state history (sampled once per run slice).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Record State History</em>' attribute.
	 * @see #setRecordStateHistory(boolean)
	 * @see org.offloadlab.model.OffloadPackage#getExperiment_RecordStateHistory()
	 * @model default="true"
	 * @generated
	 */
	boolean isRecordStateHistory();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.Experiment#isRecordStateHistory <em>Record State History</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Record State History</em>' attribute.
	 * @see #isRecordStateHistory()
	 * @generated
	 */
	void setRecordStateHistory(boolean value);

} // Experiment
