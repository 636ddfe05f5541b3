/**
 */
package org.offloadlab.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Link</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.offloadlab.model.Link#getName <em>Name</em>}</li>
 *   <li>{@link org.offloadlab.model.Link#getAdapter <em>Adapter</em>}</li>
 *   <li>{@link org.offloadlab.model.Link#getPeer <em>Peer</em>}</li>
 *   <li>{@link org.offloadlab.model.Link#getDelayMicros <em>Delay Micros</em>}</li>
 *   <li>{@link org.offloadlab.model.Link#getBandwidthBitsPerSecond <em>Bandwidth Bits Per Second</em>}</li>
 *   <li>{@link org.offloadlab.model.Link#getLossRate <em>Loss Rate</em>}</li>
 *   <li>{@link org.offloadlab.model.Link#getQueuePackets <em>Queue Packets</em>}</li>
 * </ul>
 *
 * @see org.offloadlab.model.OffloadPackage#getLink()
 * @model
 * @generated
 */
public interface Link extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.offloadlab.model.OffloadPackage#getLink_Name()
	 * @model required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.Link#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Adapter</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Adapter</em>' reference.
	 * @see #setAdapter(Adapter)
	 * @see org.offloadlab.model.OffloadPackage#getLink_Adapter()
	 * @model required="true"
	 * @generated
	 */
	Adapter getAdapter();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.Link#getAdapter <em>Adapter</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Adapter</em>' reference.
	 * @see #getAdapter()
	 * @generated
	 */
	void setAdapter(Adapter value);

	/**
	 * Returns the value of the '<em><b>Peer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Peer</em>' reference.
	 * @see #setPeer(Peer)
	 * @see org.offloadlab.model.OffloadPackage#getLink_Peer()
	 * @model required="true"
	 * @generated
	 */
	Peer getPeer();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.Link#getPeer <em>Peer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Peer</em>' reference.
	 * @see #getPeer()
	 * @generated
	 */
	void setPeer(Peer value);

	/**
	 * Returns the value of the '<em><b>Delay Micros</b></em>' attribute.
	 * The default value is <code>"1000"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Delay Micros</em>' attribute.
	 * @see #setDelayMicros(long)
	 * @see org.offloadlab.model.OffloadPackage#getLink_DelayMicros()
	 * @model default="1000"
	 * @generated
	 */
	long getDelayMicros();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.Link#getDelayMicros <em>Delay Micros</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Delay Micros</em>' attribute.
	 * @see #getDelayMicros()
	 * @generated
	 */
	void setDelayMicros(long value);

	/**
	 * Returns the value of the '<em><b>Bandwidth Bits Per Second</b></em>' attribute.
	 * The default value is <code>"1000000000"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bandwidth Bits Per Second</em>' attribute.
	 * @see #setBandwidthBitsPerSecond(long)
	 * @see org.offloadlab.model.OffloadPackage#getLink_BandwidthBitsPerSecond()
	 * @model default="1000000000"
	 * @generated
	 */
	long getBandwidthBitsPerSecond();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.Link#getBandwidthBitsPerSecond <em>Bandwidth Bits Per Second</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bandwidth Bits Per Second</em>' attribute.
	 * @see #getBandwidthBitsPerSecond()
	 * @generated
	 */
	void setBandwidthBitsPerSecond(long value);

	/**
	 * Returns the value of the '<em><b>Loss Rate</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Loss Rate</em>' attribute.
	 * @see #setLossRate(double)
	 * @see org.offloadlab.model.OffloadPackage#getLink_LossRate()
	 * @model default="0.0"
	 * @generated
	 */
	double getLossRate();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.Link#getLossRate <em>Loss Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Loss Rate</em>' attribute.
	 * @see #getLossRate()
	 * @generated
	 */
	void setLossRate(double value);

	/**
	 * Returns the value of the '<em><b>Queue Packets</b></em>' attribute.
	 * The default value is <code>"1000"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Queue Packets</em>' attribute.
	 * @see #setQueuePackets(int)
	 * @see org.offloadlab.model.OffloadPackage#getLink_QueuePackets()
	 * @model default="1000"
	 * @generated
	 */
	int getQueuePackets();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.Link#getQueuePackets <em>Queue Packets</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Queue Packets</em>' attribute.
	 * @see #getQueuePackets()
	 * @generated
	 */
	void setQueuePackets(int value);

} // Link
