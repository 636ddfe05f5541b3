/**
 */
package org.offloadlab.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Buffer Group Result</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.offloadlab.model.BufferGroupResult#getName <em>Name</em>}</li>
 *   <li>{@link org.offloadlab.model.BufferGroupResult#getRules <em>Rules</em>}</li>
 *   <li>{@link org.offloadlab.model.BufferGroupResult#getMembers <em>Members</em>}</li>
 *   <li>{@link org.offloadlab.model.BufferGroupResult#getBuffersHeldPeak <em>Buffers Held Peak</em>}</li>
 *   <li>{@link org.offloadlab.model.BufferGroupResult#getBytesHeldPeak <em>Bytes Held Peak</em>}</li>
 *   <li>{@link org.offloadlab.model.BufferGroupResult#getFillRatio <em>Fill Ratio</em>}</li>
 * </ul>
 *
 * @see org.offloadlab.model.OffloadPackage#getBufferGroupResult()
 * @model
 * @generated
 */
public interface BufferGroupResult extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.offloadlab.model.OffloadPackage#getBufferGroupResult_Name()
	 * @model required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.BufferGroupResult#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Rules</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The rules that select the members, as text.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rules</em>' attribute.
	 * @see #setRules(String)
	 * @see org.offloadlab.model.OffloadPackage#getBufferGroupResult_Rules()
	 * @model
	 * @generated
	 */
	String getRules();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.BufferGroupResult#getRules <em>Rules</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rules</em>' attribute.
	 * @see #getRules()
	 * @generated
	 */
	void setRules(String value);

	/**
	 * Returns the value of the '<em><b>Members</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Members</em>' attribute.
	 * @see #setMembers(int)
	 * @see org.offloadlab.model.OffloadPackage#getBufferGroupResult_Members()
	 * @model
	 * @generated
	 */
	int getMembers();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.BufferGroupResult#getMembers <em>Members</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Members</em>' attribute.
	 * @see #getMembers()
	 * @generated
	 */
	void setMembers(int value);

	/**
	 * Returns the value of the '<em><b>Buffers Held Peak</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Buffers Held Peak</em>' attribute.
	 * @see #setBuffersHeldPeak(long)
	 * @see org.offloadlab.model.OffloadPackage#getBufferGroupResult_BuffersHeldPeak()
	 * @model
	 * @generated
	 */
	long getBuffersHeldPeak();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.BufferGroupResult#getBuffersHeldPeak <em>Buffers Held Peak</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Buffers Held Peak</em>' attribute.
	 * @see #getBuffersHeldPeak()
	 * @generated
	 */
	void setBuffersHeldPeak(long value);

	/**
	 * Returns the value of the '<em><b>Bytes Held Peak</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bytes Held Peak</em>' attribute.
	 * @see #setBytesHeldPeak(long)
	 * @see org.offloadlab.model.OffloadPackage#getBufferGroupResult_BytesHeldPeak()
	 * @model
	 * @generated
	 */
	long getBytesHeldPeak();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.BufferGroupResult#getBytesHeldPeak <em>Bytes Held Peak</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bytes Held Peak</em>' attribute.
	 * @see #getBytesHeldPeak()
	 * @generated
	 */
	void setBytesHeldPeak(long value);

	/**
	 * Returns the value of the '<em><b>Fill Ratio</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fill Ratio</em>' attribute.
	 * @see #setFillRatio(double)
	 * @see org.offloadlab.model.OffloadPackage#getBufferGroupResult_FillRatio()
	 * @model
	 * @generated
	 */
	double getFillRatio();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.BufferGroupResult#getFillRatio <em>Fill Ratio</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fill Ratio</em>' attribute.
	 * @see #getFillRatio()
	 * @generated
	 */
	void setFillRatio(double value);

} // BufferGroupResult
