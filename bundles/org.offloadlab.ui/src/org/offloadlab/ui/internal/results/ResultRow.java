package org.offloadlab.ui.internal.results;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;

/**
 * A computed row of a result table (e.g. one metric across runs): its cells, and each as a read-only property for the
 * Properties view (the row itself is the selection's element).
 */
final class ResultRow implements IPropertySource {

    private final List<String> cells;
    private final Map<String, String> properties = new LinkedHashMap<>();

    ResultRow(List<String> titles, List<String> cells) {
        this.cells = List.copyOf(cells);
        for (int i = 0; i < cells.size() && i < titles.size(); i++) {
            properties.put(titles.get(i), cells.get(i));
        }
    }

    String cell(int column) {
        return column < cells.size() ? cells.get(column) : "";
    }

    @Override
    public Object getEditableValue() {
        return this;
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        return properties.keySet().stream().map(k -> new PropertyDescriptor(k, k))
                .toArray(IPropertyDescriptor[]::new);
    }

    @Override
    public Object getPropertyValue(Object id) {
        return properties.getOrDefault(id, "");
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
}
