/**
 */
package org.offloadlab.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Series</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One time series, compact: two parallel primitive arrays rather than an object per sample.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.offloadlab.model.Series#getName <em>Name</em>}</li>
 *   <li>{@link org.offloadlab.model.Series#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.offloadlab.model.Series#getKind <em>Kind</em>}</li>
 *   <li>{@link org.offloadlab.model.Series#getTimesNanos <em>Times Nanos</em>}</li>
 *   <li>{@link org.offloadlab.model.Series#getValues <em>Values</em>}</li>
 * </ul>
 *
 * @see org.offloadlab.model.OffloadPackage#getSeries()
 * @model
 * @generated
 */
public interface Series extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.offloadlab.model.OffloadPackage#getSeries_Name()
	 * @model required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.Series#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unit</em>' attribute.
	 * @see #setUnit(String)
	 * @see org.offloadlab.model.OffloadPackage#getSeries_Unit()
	 * @model
	 * @generated
	 */
	String getUnit();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.Series#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the series measures: interactions, memory, connections, buffer-group (docs/RESULTS.md).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see #setKind(String)
	 * @see org.offloadlab.model.OffloadPackage#getSeries_Kind()
	 * @model
	 * @generated
	 */
	String getKind();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.Series#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see #getKind()
	 * @generated
	 */
	void setKind(String value);

	/**
	 * Returns the value of the '<em><b>Times Nanos</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Times Nanos</em>' attribute.
	 * @see #setTimesNanos(LongArray)
	 * @see org.offloadlab.model.OffloadPackage#getSeries_TimesNanos()
	 * @model dataType="org.offloadlab.model.LongArray"
	 * @generated
	 */
	LongArray getTimesNanos();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.Series#getTimesNanos <em>Times Nanos</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Times Nanos</em>' attribute.
	 * @see #getTimesNanos()
	 * @generated
	 */
	void setTimesNanos(LongArray value);

	/**
	 * Returns the value of the '<em><b>Values</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Values</em>' attribute.
	 * @see #setValues(DoubleArray)
	 * @see org.offloadlab.model.OffloadPackage#getSeries_Values()
	 * @model dataType="org.offloadlab.model.DoubleArray"
	 * @generated
	 */
	DoubleArray getValues();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.Series#getValues <em>Values</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Values</em>' attribute.
	 * @see #getValues()
	 * @generated
	 */
	void setValues(DoubleArray value);

} // Series
