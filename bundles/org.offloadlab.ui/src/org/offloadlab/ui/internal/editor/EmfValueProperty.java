package org.offloadlab.ui.internal.editor;

import org.eclipse.core.databinding.observable.Diffs;
import org.eclipse.core.databinding.observable.value.ValueDiff;
import org.eclipse.core.databinding.property.INativePropertyListener;
import org.eclipse.core.databinding.property.ISimplePropertyListener;
import org.eclipse.core.databinding.property.NativePropertyListener;
import org.eclipse.core.databinding.property.value.SimpleValueProperty;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * One feature of an EMF object as a JFace data binding value property. EMF's own data binding
 * ({@code org.eclipse.emf.databinding}) is not on Maven Central; this is the part of it the experiment editor needs:
 * get and set through {@code eGet}/{@code eSet}, changes reported from EMF notifications (so undo, which sets the
 * model, updates the widgets too).
 */
public final class EmfValueProperty extends SimpleValueProperty<EObject, Object> {

    private final EStructuralFeature feature;

    public EmfValueProperty(EStructuralFeature feature) {
        this.feature = feature;
    }

    @Override
    public Object getValueType() {
        return feature.getEType().getInstanceClass();
    }

    @Override
    protected Object doGetValue(EObject source) {
        return source.eGet(feature);
    }

    @Override
    protected void doSetValue(EObject source, Object value) {
        if (value != null || !feature.getEType().getInstanceClass().isPrimitive()) {
            source.eSet(feature, value);
        }
    }

    @Override
    public INativePropertyListener<EObject> adaptListener(
            ISimplePropertyListener<EObject, ValueDiff<? extends Object>> listener) {
        return new Listener(listener);
    }

    private final class Listener extends NativePropertyListener<EObject, ValueDiff<? extends Object>>
            implements
                Adapter {

        private Notifier target;

        Listener(ISimplePropertyListener<EObject, ValueDiff<? extends Object>> listener) {
            super(EmfValueProperty.this, listener);
        }

        @Override
        protected void doAddTo(EObject source) {
            source.eAdapters().add(this);
        }

        @Override
        protected void doRemoveFrom(EObject source) {
            source.eAdapters().remove(this);
        }

        @Override
        public void notifyChanged(Notification n) {
            if (n.getFeature() == feature && !n.isTouch()) {
                fireChange((EObject) n.getNotifier(), Diffs.createValueDiff(n.getOldValue(), n.getNewValue()));
            }
        }

        @Override
        public Notifier getTarget() {
            return target;
        }

        @Override
        public void setTarget(Notifier newTarget) {
            target = newTarget;
        }

        @Override
        public boolean isAdapterForType(Object type) {
            return false;
        }
    }
}
