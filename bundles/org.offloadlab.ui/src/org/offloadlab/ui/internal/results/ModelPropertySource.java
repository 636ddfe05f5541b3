package org.offloadlab.ui.internal.results;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;

/**
 * Every attribute of a selected model object (connection record, failover, buffer group, …) as a read-only property, so
 * the Properties view shows any result row without per-class code (EMF edit's item providers are not on Maven Central).
 * Registered for {@link EObject} as an adapter factory in plugin.xml.
 */
public final class ModelPropertySource implements IPropertySource {

    private final EObject object;

    ModelPropertySource(EObject object) {
        this.object = object;
    }

    @Override
    public Object getEditableValue() {
        return object;
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        return object.eClass().getEAllAttributes().stream()
                .map(a -> new PropertyDescriptor(a, a.getName())).toArray(IPropertyDescriptor[]::new);
    }

    @Override
    public Object getPropertyValue(Object id) {
        Object v = id instanceof EAttribute a ? object.eGet(a) : null;
        return v == null ? "" : v.toString();
    }

    @Override
    public boolean isPropertySet(Object id) {
        return false;
    }

    @Override
    public void resetPropertyValue(Object id) {
        // read-only
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        // read-only
    }

    /** The adapter factory plugin.xml registers. */
    public static final class Factory implements IAdapterFactory {

        @Override
        public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
            if (adapterType == IPropertySource.class && adaptable instanceof EObject e) {
                return adapterType.cast(new ModelPropertySource(e));
            }
            return null;
        }

        @Override
        public Class<?>[] getAdapterList() {
            return new Class<?>[]{IPropertySource.class};
        }
    }
}
