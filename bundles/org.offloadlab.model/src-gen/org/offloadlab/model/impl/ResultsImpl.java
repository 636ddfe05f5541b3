/**
 */
package org.offloadlab.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.offloadlab.model.BufferGroupResult;
import org.offloadlab.model.ConnectionRecord;
import org.offloadlab.model.FailoverTimeline;
import org.offloadlab.model.IntegrityVerdict;
import org.offloadlab.model.Metric;
import org.offloadlab.model.OffloadPackage;
import org.offloadlab.model.Provenance;
import org.offloadlab.model.Results;
import org.offloadlab.model.Series;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Results</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.offloadlab.model.impl.ResultsImpl#getExperiment <em>Experiment</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.ResultsImpl#getProvenance <em>Provenance</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.ResultsImpl#getMetrics <em>Metrics</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.ResultsImpl#getFailovers <em>Failovers</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.ResultsImpl#getIntegrity <em>Integrity</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.ResultsImpl#getSeries <em>Series</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.ResultsImpl#getConnections <em>Connections</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.ResultsImpl#getBufferGroups <em>Buffer Groups</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.ResultsImpl#getConnectionsNotRecorded <em>Connections Not Recorded</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ResultsImpl extends MinimalEObjectImpl.Container implements Results {
	/**
	 * The default value of the '{@link #getExperiment() <em>Experiment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExperiment()
	 * @generated
	 * @ordered
	 */
	protected static final String EXPERIMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExperiment() <em>Experiment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExperiment()
	 * @generated
	 * @ordered
	 */
	protected String experiment = EXPERIMENT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getProvenance() <em>Provenance</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProvenance()
	 * @generated
	 * @ordered
	 */
	protected Provenance provenance;

	/**
	 * The cached value of the '{@link #getMetrics() <em>Metrics</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMetrics()
	 * @generated
	 * @ordered
	 */
	protected EList<Metric> metrics;

	/**
	 * The cached value of the '{@link #getFailovers() <em>Failovers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFailovers()
	 * @generated
	 * @ordered
	 */
	protected EList<FailoverTimeline> failovers;

	/**
	 * The cached value of the '{@link #getIntegrity() <em>Integrity</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIntegrity()
	 * @generated
	 * @ordered
	 */
	protected IntegrityVerdict integrity;

	/**
	 * The cached value of the '{@link #getSeries() <em>Series</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeries()
	 * @generated
	 * @ordered
	 */
	protected EList<Series> series;

	/**
	 * The cached value of the '{@link #getConnections() <em>Connections</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConnections()
	 * @generated
	 * @ordered
	 */
	protected EList<ConnectionRecord> connections;

	/**
	 * The cached value of the '{@link #getBufferGroups() <em>Buffer Groups</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBufferGroups()
	 * @generated
	 * @ordered
	 */
	protected EList<BufferGroupResult> bufferGroups;

	/**
	 * The default value of the '{@link #getConnectionsNotRecorded() <em>Connections Not Recorded</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConnectionsNotRecorded()
	 * @generated
	 * @ordered
	 */
	protected static final long CONNECTIONS_NOT_RECORDED_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getConnectionsNotRecorded() <em>Connections Not Recorded</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConnectionsNotRecorded()
	 * @generated
	 * @ordered
	 */
	protected long connectionsNotRecorded = CONNECTIONS_NOT_RECORDED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ResultsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return OffloadPackage.Literals.RESULTS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getExperiment() {
		return experiment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExperiment(String newExperiment) {
		String oldExperiment = experiment;
		experiment = newExperiment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.RESULTS__EXPERIMENT, oldExperiment, experiment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Provenance getProvenance() {
		return provenance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetProvenance(Provenance newProvenance, NotificationChain msgs) {
		Provenance oldProvenance = provenance;
		provenance = newProvenance;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, OffloadPackage.RESULTS__PROVENANCE, oldProvenance, newProvenance);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProvenance(Provenance newProvenance) {
		if (newProvenance != provenance) {
			NotificationChain msgs = null;
			if (provenance != null)
				msgs = ((InternalEObject)provenance).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - OffloadPackage.RESULTS__PROVENANCE, null, msgs);
			if (newProvenance != null)
				msgs = ((InternalEObject)newProvenance).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - OffloadPackage.RESULTS__PROVENANCE, null, msgs);
			msgs = basicSetProvenance(newProvenance, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.RESULTS__PROVENANCE, newProvenance, newProvenance));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Metric> getMetrics() {
		if (metrics == null) {
			metrics = new EObjectContainmentEList<Metric>(Metric.class, this, OffloadPackage.RESULTS__METRICS);
		}
		return metrics;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<FailoverTimeline> getFailovers() {
		if (failovers == null) {
			failovers = new EObjectContainmentEList<FailoverTimeline>(FailoverTimeline.class, this, OffloadPackage.RESULTS__FAILOVERS);
		}
		return failovers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IntegrityVerdict getIntegrity() {
		return integrity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetIntegrity(IntegrityVerdict newIntegrity, NotificationChain msgs) {
		IntegrityVerdict oldIntegrity = integrity;
		integrity = newIntegrity;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, OffloadPackage.RESULTS__INTEGRITY, oldIntegrity, newIntegrity);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIntegrity(IntegrityVerdict newIntegrity) {
		if (newIntegrity != integrity) {
			NotificationChain msgs = null;
			if (integrity != null)
				msgs = ((InternalEObject)integrity).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - OffloadPackage.RESULTS__INTEGRITY, null, msgs);
			if (newIntegrity != null)
				msgs = ((InternalEObject)newIntegrity).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - OffloadPackage.RESULTS__INTEGRITY, null, msgs);
			msgs = basicSetIntegrity(newIntegrity, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.RESULTS__INTEGRITY, newIntegrity, newIntegrity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Series> getSeries() {
		if (series == null) {
			series = new EObjectContainmentEList<Series>(Series.class, this, OffloadPackage.RESULTS__SERIES);
		}
		return series;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ConnectionRecord> getConnections() {
		if (connections == null) {
			connections = new EObjectContainmentEList<ConnectionRecord>(ConnectionRecord.class, this, OffloadPackage.RESULTS__CONNECTIONS);
		}
		return connections;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<BufferGroupResult> getBufferGroups() {
		if (bufferGroups == null) {
			bufferGroups = new EObjectContainmentEList<BufferGroupResult>(BufferGroupResult.class, this, OffloadPackage.RESULTS__BUFFER_GROUPS);
		}
		return bufferGroups;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getConnectionsNotRecorded() {
		return connectionsNotRecorded;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConnectionsNotRecorded(long newConnectionsNotRecorded) {
		long oldConnectionsNotRecorded = connectionsNotRecorded;
		connectionsNotRecorded = newConnectionsNotRecorded;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.RESULTS__CONNECTIONS_NOT_RECORDED, oldConnectionsNotRecorded, connectionsNotRecorded));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case OffloadPackage.RESULTS__PROVENANCE:
				return basicSetProvenance(null, msgs);
			case OffloadPackage.RESULTS__METRICS:
				return ((InternalEList<?>)getMetrics()).basicRemove(otherEnd, msgs);
			case OffloadPackage.RESULTS__FAILOVERS:
				return ((InternalEList<?>)getFailovers()).basicRemove(otherEnd, msgs);
			case OffloadPackage.RESULTS__INTEGRITY:
				return basicSetIntegrity(null, msgs);
			case OffloadPackage.RESULTS__SERIES:
				return ((InternalEList<?>)getSeries()).basicRemove(otherEnd, msgs);
			case OffloadPackage.RESULTS__CONNECTIONS:
				return ((InternalEList<?>)getConnections()).basicRemove(otherEnd, msgs);
			case OffloadPackage.RESULTS__BUFFER_GROUPS:
				return ((InternalEList<?>)getBufferGroups()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case OffloadPackage.RESULTS__EXPERIMENT:
				return getExperiment();
			case OffloadPackage.RESULTS__PROVENANCE:
				return getProvenance();
			case OffloadPackage.RESULTS__METRICS:
				return getMetrics();
			case OffloadPackage.RESULTS__FAILOVERS:
				return getFailovers();
			case OffloadPackage.RESULTS__INTEGRITY:
				return getIntegrity();
			case OffloadPackage.RESULTS__SERIES:
				return getSeries();
			case OffloadPackage.RESULTS__CONNECTIONS:
				return getConnections();
			case OffloadPackage.RESULTS__BUFFER_GROUPS:
				return getBufferGroups();
			case OffloadPackage.RESULTS__CONNECTIONS_NOT_RECORDED:
				return getConnectionsNotRecorded();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case OffloadPackage.RESULTS__EXPERIMENT:
				setExperiment((String)newValue);
				return;
			case OffloadPackage.RESULTS__PROVENANCE:
				setProvenance((Provenance)newValue);
				return;
			case OffloadPackage.RESULTS__METRICS:
				getMetrics().clear();
				getMetrics().addAll((Collection<? extends Metric>)newValue);
				return;
			case OffloadPackage.RESULTS__FAILOVERS:
				getFailovers().clear();
				getFailovers().addAll((Collection<? extends FailoverTimeline>)newValue);
				return;
			case OffloadPackage.RESULTS__INTEGRITY:
				setIntegrity((IntegrityVerdict)newValue);
				return;
			case OffloadPackage.RESULTS__SERIES:
				getSeries().clear();
				getSeries().addAll((Collection<? extends Series>)newValue);
				return;
			case OffloadPackage.RESULTS__CONNECTIONS:
				getConnections().clear();
				getConnections().addAll((Collection<? extends ConnectionRecord>)newValue);
				return;
			case OffloadPackage.RESULTS__BUFFER_GROUPS:
				getBufferGroups().clear();
				getBufferGroups().addAll((Collection<? extends BufferGroupResult>)newValue);
				return;
			case OffloadPackage.RESULTS__CONNECTIONS_NOT_RECORDED:
				setConnectionsNotRecorded((Long)newValue);
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
			case OffloadPackage.RESULTS__EXPERIMENT:
				setExperiment(EXPERIMENT_EDEFAULT);
				return;
			case OffloadPackage.RESULTS__PROVENANCE:
				setProvenance((Provenance)null);
				return;
			case OffloadPackage.RESULTS__METRICS:
				getMetrics().clear();
				return;
			case OffloadPackage.RESULTS__FAILOVERS:
				getFailovers().clear();
				return;
			case OffloadPackage.RESULTS__INTEGRITY:
				setIntegrity((IntegrityVerdict)null);
				return;
			case OffloadPackage.RESULTS__SERIES:
				getSeries().clear();
				return;
			case OffloadPackage.RESULTS__CONNECTIONS:
				getConnections().clear();
				return;
			case OffloadPackage.RESULTS__BUFFER_GROUPS:
				getBufferGroups().clear();
				return;
			case OffloadPackage.RESULTS__CONNECTIONS_NOT_RECORDED:
				setConnectionsNotRecorded(CONNECTIONS_NOT_RECORDED_EDEFAULT);
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
			case OffloadPackage.RESULTS__EXPERIMENT:
				return EXPERIMENT_EDEFAULT == null ? experiment != null : !EXPERIMENT_EDEFAULT.equals(experiment);
			case OffloadPackage.RESULTS__PROVENANCE:
				return provenance != null;
			case OffloadPackage.RESULTS__METRICS:
				return metrics != null && !metrics.isEmpty();
			case OffloadPackage.RESULTS__FAILOVERS:
				return failovers != null && !failovers.isEmpty();
			case OffloadPackage.RESULTS__INTEGRITY:
				return integrity != null;
			case OffloadPackage.RESULTS__SERIES:
				return series != null && !series.isEmpty();
			case OffloadPackage.RESULTS__CONNECTIONS:
				return connections != null && !connections.isEmpty();
			case OffloadPackage.RESULTS__BUFFER_GROUPS:
				return bufferGroups != null && !bufferGroups.isEmpty();
			case OffloadPackage.RESULTS__CONNECTIONS_NOT_RECORDED:
				return connectionsNotRecorded != CONNECTIONS_NOT_RECORDED_EDEFAULT;
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
		result.append(" (experiment: ");
		result.append(experiment);
		result.append(", connectionsNotRecorded: ");
		result.append(connectionsNotRecorded);
		result.append(')');
		return result.toString();
	}

} //ResultsImpl
