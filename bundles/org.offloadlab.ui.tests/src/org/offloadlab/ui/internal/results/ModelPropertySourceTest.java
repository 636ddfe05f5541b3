package org.offloadlab.ui.internal.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.List;

import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.Test;
import org.offloadlab.model.ConnectionRecord;
import org.offloadlab.model.OffloadFactory;

class ModelPropertySourceTest {

    private final ModelPropertySource.Factory factory = new ModelPropertySource.Factory();

    @Test
    void aSelectedConnectionRecordShowsEveryAttributeWithItsValue() {
        ConnectionRecord r = OffloadFactory.eINSTANCE.createConnectionRecord();
        r.setTcpState("ESTABLISHED");
        r.setCwnd(14_480);

        IPropertySource source = factory.getAdapter(r, IPropertySource.class);

        assertNotNull(source);
        List<String> names = Arrays.stream(source.getPropertyDescriptors()).map(IPropertyDescriptor::getDisplayName)
                .toList();
        assertEquals(r.eClass().getEAllAttributes().size(), names.size());
        IPropertyDescriptor cwnd = Arrays.stream(source.getPropertyDescriptors())
                .filter(d -> d.getDisplayName().equals("cwnd")).findFirst().orElseThrow();
        assertEquals("14480", source.getPropertyValue(cwnd.getId()));
        IPropertyDescriptor state = Arrays.stream(source.getPropertyDescriptors())
                .filter(d -> d.getDisplayName().equals("tcpState")).findFirst().orElseThrow();
        assertEquals("ESTABLISHED", source.getPropertyValue(state.getId()));
    }

    @Test
    void onlyModelObjectsAdapt() {
        assertNull(factory.getAdapter("not a model object", IPropertySource.class));
    }
}
