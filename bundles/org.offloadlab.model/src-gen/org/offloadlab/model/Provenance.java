/**
 */
package org.offloadlab.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Provenance</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.offloadlab.model.Provenance#getVersion <em>Version</em>}</li>
 *   <li>{@link org.offloadlab.model.Provenance#getSeed <em>Seed</em>}</li>
 *   <li>{@link org.offloadlab.model.Provenance#getCaptureChecksum <em>Capture Checksum</em>}</li>
 * </ul>
 *
 * @see org.offloadlab.model.OffloadPackage#getProvenance()
 * @model
 * @generated
 */
public interface Provenance extends EObject {
	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(String)
	 * @see org.offloadlab.model.OffloadPackage#getProvenance_Version()
	 * @model
	 * @generated
	 */
	String getVersion();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.Provenance#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(String value);

	/**
	 * Returns the value of the '<em><b>Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Seed</em>' attribute.
	 * @see #setSeed(long)
	 * @see org.offloadlab.model.OffloadPackage#getProvenance_Seed()
	 * @model
	 * @generated
	 */
	long getSeed();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.Provenance#getSeed <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Seed</em>' attribute.
	 * @see #getSeed()
	 * @generated
	 */
	void setSeed(long value);

	/**
	 * Returns the value of the '<em><b>Capture Checksum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Capture Checksum</em>' attribute.
	 * @see #setCaptureChecksum(String)
	 * @see org.offloadlab.model.OffloadPackage#getProvenance_CaptureChecksum()
	 * @model
	 * @generated
	 */
	String getCaptureChecksum();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.Provenance#getCaptureChecksum <em>Capture Checksum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Capture Checksum</em>' attribute.
	 * @see #getCaptureChecksum()
	 * @generated
	 */
	void setCaptureChecksum(String value);

} // Provenance
