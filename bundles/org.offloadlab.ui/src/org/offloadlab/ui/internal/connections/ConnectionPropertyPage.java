package org.offloadlab.ui.internal.connections;

import org.eclipse.ui.views.properties.IPropertySheetEntry;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetSorter;
import org.offloadlab.analysis.ConnectionSummary;

/** The Properties view page for views that select connections: a connection's properties in their natural order. */
public final class ConnectionPropertyPage extends PropertySheetPage {

    public ConnectionPropertyPage() {
        setPropertySourceProvider(o -> o instanceof ConnectionSummary c ? new ConnectionPropertySource(c) : null);
        setSorter(new PropertySheetSorter() {
            @Override
            public int compare(IPropertySheetEntry a, IPropertySheetEntry b) {
                return 0; // keep the order of ConnectionPropertySource
            }

            @Override
            public int compareCategories(String a, String b) {
                return 0;
            }
        });
    }
}
