/**
 */
package org.offloadlab.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Topology</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.offloadlab.model.Topology#getHost <em>Host</em>}</li>
 *   <li>{@link org.offloadlab.model.Topology#getAdapters <em>Adapters</em>}</li>
 *   <li>{@link org.offloadlab.model.Topology#getLinks <em>Links</em>}</li>
 *   <li>{@link org.offloadlab.model.Topology#getPeers <em>Peers</em>}</li>
 * </ul>
 *
 * @see org.offloadlab.model.OffloadPackage#getTopology()
 * @model
 * @generated
 */
public interface Topology extends EObject {
	/**
	 * Returns the value of the '<em><b>Host</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Host</em>' containment reference.
	 * @see #setHost(Host)
	 * @see org.offloadlab.model.OffloadPackage#getTopology_Host()
	 * @model containment="true" required="true"
	 * @generated
	 */
	Host getHost();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.Topology#getHost <em>Host</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Host</em>' containment reference.
	 * @see #getHost()
	 * @generated
	 */
	void setHost(Host value);

	/**
	 * Returns the value of the '<em><b>Adapters</b></em>' containment reference list.
	 * The list contents are of type {@link org.offloadlab.model.Adapter}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Adapters</em>' containment reference list.
	 * @see org.offloadlab.model.OffloadPackage#getTopology_Adapters()
	 * @model containment="true"
	 * @generated
	 */
	EList<Adapter> getAdapters();

	/**
	 * Returns the value of the '<em><b>Links</b></em>' containment reference list.
	 * The list contents are of type {@link org.offloadlab.model.Link}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Links</em>' containment reference list.
	 * @see org.offloadlab.model.OffloadPackage#getTopology_Links()
	 * @model containment="true"
	 * @generated
	 */
	EList<Link> getLinks();

	/**
	 * Returns the value of the '<em><b>Peers</b></em>' containment reference list.
	 * The list contents are of type {@link org.offloadlab.model.Peer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Peers</em>' containment reference list.
	 * @see org.offloadlab.model.OffloadPackage#getTopology_Peers()
	 * @model containment="true"
	 * @generated
	 */
	EList<Peer> getPeers();

} // Topology
