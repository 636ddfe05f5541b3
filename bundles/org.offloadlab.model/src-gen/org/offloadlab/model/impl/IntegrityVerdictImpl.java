/**
 */
package org.offloadlab.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.offloadlab.model.IntegrityVerdict;
import org.offloadlab.model.OffloadPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Integrity Verdict</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.offloadlab.model.impl.IntegrityVerdictImpl#isOk <em>Ok</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.IntegrityVerdictImpl#getConnections <em>Connections</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.IntegrityVerdictImpl#getBytesLost <em>Bytes Lost</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.IntegrityVerdictImpl#getBytesDuplicated <em>Bytes Duplicated</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.IntegrityVerdictImpl#getBytesReordered <em>Bytes Reordered</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.IntegrityVerdictImpl#getConnectionsReset <em>Connections Reset</em>}</li>
 * </ul>
 *
 * @generated
 */
public class IntegrityVerdictImpl extends MinimalEObjectImpl.Container implements IntegrityVerdict {
	/**
	 * The default value of the '{@link #isOk() <em>Ok</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOk()
	 * @generated
	 * @ordered
	 */
	protected static final boolean OK_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isOk() <em>Ok</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOk()
	 * @generated
	 * @ordered
	 */
	protected boolean ok = OK_EDEFAULT;

	/**
	 * The default value of the '{@link #getConnections() <em>Connections</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConnections()
	 * @generated
	 * @ordered
	 */
	protected static final long CONNECTIONS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getConnections() <em>Connections</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConnections()
	 * @generated
	 * @ordered
	 */
	protected long connections = CONNECTIONS_EDEFAULT;

	/**
	 * The default value of the '{@link #getBytesLost() <em>Bytes Lost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBytesLost()
	 * @generated
	 * @ordered
	 */
	protected static final long BYTES_LOST_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getBytesLost() <em>Bytes Lost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBytesLost()
	 * @generated
	 * @ordered
	 */
	protected long bytesLost = BYTES_LOST_EDEFAULT;

	/**
	 * The default value of the '{@link #getBytesDuplicated() <em>Bytes Duplicated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBytesDuplicated()
	 * @generated
	 * @ordered
	 */
	protected static final long BYTES_DUPLICATED_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getBytesDuplicated() <em>Bytes Duplicated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBytesDuplicated()
	 * @generated
	 * @ordered
	 */
	protected long bytesDuplicated = BYTES_DUPLICATED_EDEFAULT;

	/**
	 * The default value of the '{@link #getBytesReordered() <em>Bytes Reordered</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBytesReordered()
	 * @generated
	 * @ordered
	 */
	protected static final long BYTES_REORDERED_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getBytesReordered() <em>Bytes Reordered</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBytesReordered()
	 * @generated
	 * @ordered
	 */
	protected long bytesReordered = BYTES_REORDERED_EDEFAULT;

	/**
	 * The default value of the '{@link #getConnectionsReset() <em>Connections Reset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConnectionsReset()
	 * @generated
	 * @ordered
	 */
	protected static final long CONNECTIONS_RESET_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getConnectionsReset() <em>Connections Reset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConnectionsReset()
	 * @generated
	 * @ordered
	 */
	protected long connectionsReset = CONNECTIONS_RESET_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected IntegrityVerdictImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return OffloadPackage.Literals.INTEGRITY_VERDICT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isOk() {
		return ok;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOk(boolean newOk) {
		boolean oldOk = ok;
		ok = newOk;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.INTEGRITY_VERDICT__OK, oldOk, ok));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getConnections() {
		return connections;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConnections(long newConnections) {
		long oldConnections = connections;
		connections = newConnections;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.INTEGRITY_VERDICT__CONNECTIONS, oldConnections, connections));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getBytesLost() {
		return bytesLost;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBytesLost(long newBytesLost) {
		long oldBytesLost = bytesLost;
		bytesLost = newBytesLost;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.INTEGRITY_VERDICT__BYTES_LOST, oldBytesLost, bytesLost));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getBytesDuplicated() {
		return bytesDuplicated;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBytesDuplicated(long newBytesDuplicated) {
		long oldBytesDuplicated = bytesDuplicated;
		bytesDuplicated = newBytesDuplicated;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.INTEGRITY_VERDICT__BYTES_DUPLICATED, oldBytesDuplicated, bytesDuplicated));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getBytesReordered() {
		return bytesReordered;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBytesReordered(long newBytesReordered) {
		long oldBytesReordered = bytesReordered;
		bytesReordered = newBytesReordered;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.INTEGRITY_VERDICT__BYTES_REORDERED, oldBytesReordered, bytesReordered));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getConnectionsReset() {
		return connectionsReset;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConnectionsReset(long newConnectionsReset) {
		long oldConnectionsReset = connectionsReset;
		connectionsReset = newConnectionsReset;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.INTEGRITY_VERDICT__CONNECTIONS_RESET, oldConnectionsReset, connectionsReset));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case OffloadPackage.INTEGRITY_VERDICT__OK:
				return isOk();
			case OffloadPackage.INTEGRITY_VERDICT__CONNECTIONS:
				return getConnections();
			case OffloadPackage.INTEGRITY_VERDICT__BYTES_LOST:
				return getBytesLost();
			case OffloadPackage.INTEGRITY_VERDICT__BYTES_DUPLICATED:
				return getBytesDuplicated();
			case OffloadPackage.INTEGRITY_VERDICT__BYTES_REORDERED:
				return getBytesReordered();
			case OffloadPackage.INTEGRITY_VERDICT__CONNECTIONS_RESET:
				return getConnectionsReset();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case OffloadPackage.INTEGRITY_VERDICT__OK:
				setOk((Boolean)newValue);
				return;
			case OffloadPackage.INTEGRITY_VERDICT__CONNECTIONS:
				setConnections((Long)newValue);
				return;
			case OffloadPackage.INTEGRITY_VERDICT__BYTES_LOST:
				setBytesLost((Long)newValue);
				return;
			case OffloadPackage.INTEGRITY_VERDICT__BYTES_DUPLICATED:
				setBytesDuplicated((Long)newValue);
				return;
			case OffloadPackage.INTEGRITY_VERDICT__BYTES_REORDERED:
				setBytesReordered((Long)newValue);
				return;
			case OffloadPackage.INTEGRITY_VERDICT__CONNECTIONS_RESET:
				setConnectionsReset((Long)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case OffloadPackage.INTEGRITY_VERDICT__OK:
				setOk(OK_EDEFAULT);
				return;
			case OffloadPackage.INTEGRITY_VERDICT__CONNECTIONS:
				setConnections(CONNECTIONS_EDEFAULT);
				return;
			case OffloadPackage.INTEGRITY_VERDICT__BYTES_LOST:
				setBytesLost(BYTES_LOST_EDEFAULT);
				return;
			case OffloadPackage.INTEGRITY_VERDICT__BYTES_DUPLICATED:
				setBytesDuplicated(BYTES_DUPLICATED_EDEFAULT);
				return;
			case OffloadPackage.INTEGRITY_VERDICT__BYTES_REORDERED:
				setBytesReordered(BYTES_REORDERED_EDEFAULT);
				return;
			case OffloadPackage.INTEGRITY_VERDICT__CONNECTIONS_RESET:
				setConnectionsReset(CONNECTIONS_RESET_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case OffloadPackage.INTEGRITY_VERDICT__OK:
				return ok != OK_EDEFAULT;
			case OffloadPackage.INTEGRITY_VERDICT__CONNECTIONS:
				return connections != CONNECTIONS_EDEFAULT;
			case OffloadPackage.INTEGRITY_VERDICT__BYTES_LOST:
				return bytesLost != BYTES_LOST_EDEFAULT;
			case OffloadPackage.INTEGRITY_VERDICT__BYTES_DUPLICATED:
				return bytesDuplicated != BYTES_DUPLICATED_EDEFAULT;
			case OffloadPackage.INTEGRITY_VERDICT__BYTES_REORDERED:
				return bytesReordered != BYTES_REORDERED_EDEFAULT;
			case OffloadPackage.INTEGRITY_VERDICT__CONNECTIONS_RESET:
				return connectionsReset != CONNECTIONS_RESET_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (ok: ");
		result.append(ok);
		result.append(", connections: ");
		result.append(connections);
		result.append(", bytesLost: ");
		result.append(bytesLost);
		result.append(", bytesDuplicated: ");
		result.append(bytesDuplicated);
		result.append(", bytesReordered: ");
		result.append(bytesReordered);
		result.append(", connectionsReset: ");
		result.append(connectionsReset);
		result.append(')');
		return result.toString();
	}

} //IntegrityVerdictImpl
