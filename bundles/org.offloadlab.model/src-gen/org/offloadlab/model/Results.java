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

} // Results
