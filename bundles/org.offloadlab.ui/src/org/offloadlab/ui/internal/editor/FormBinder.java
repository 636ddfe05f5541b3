package org.offloadlab.ui.internal.editor;

import java.util.List;
import java.util.Locale;

import org.eclipse.core.databinding.Binding;
import org.eclipse.core.databinding.DataBindingContext;
import org.eclipse.core.databinding.UpdateValueStrategy;
import org.eclipse.core.databinding.conversion.IConverter;
import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.core.databinding.validation.ValidationStatus;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.databinding.fieldassist.ControlDecorationSupport;
import org.eclipse.jface.databinding.swt.DisplayRealm;
import org.eclipse.jface.databinding.swt.typed.WidgetProperties;
import org.eclipse.jface.databinding.viewers.typed.ViewerProperties;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * Creates labelled form fields bound to EMF features with JFace data binding: text fields convert and validate numbers
 * (a bad entry is decorated and never reaches the model), combos offer an enum's literals, check boxes bind booleans.
 * Widgets are tagged with the feature's name ({@code offloadlab.field}) so tests can find them.
 */
final class FormBinder {

    /** Widget data key naming the bound feature, e.g. {@code durationMillis}. */
    static final String FIELD = "offloadlab.field";

    private final DataBindingContext context;

    FormBinder(DataBindingContext context) {
        this.context = context;
    }

    /** A text field for a numeric or string attribute, numbers limited to {@code min..max}. */
    Text text(Composite parent, String label, String tooltip, EObject owner, EAttribute attribute, double min,
            double max) {
        label(parent, label, tooltip);
        Text text = new Text(parent, SWT.BORDER);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 150; // a long description must not widen the form beyond the editor
        text.setLayoutData(data);
        text.setToolTipText(tooltip);
        text.setData(FIELD, attribute.getName());
        Class<?> type = attribute.getEType().getInstanceClass();
        IObservableValue<String> target = WidgetProperties.text(SWT.Modify).observe(text);
        IObservableValue<Object> model = new EmfValueProperty(attribute)
                .observe(DisplayRealm.getRealm(text.getDisplay()), owner);
        UpdateValueStrategy<String, Object> toModel = new UpdateValueStrategy<String, Object>()
                .setAfterGetValidator(s -> validate(label, type, s, min, max))
                .setConverter(IConverter.create(String.class, type, s -> parse(type, s)));
        UpdateValueStrategy<Object, String> toTarget = UpdateValueStrategy
                .create(IConverter.create(type, String.class, FormBinder::format));
        Binding b = context.bindValue(target, model, toModel, toTarget);
        ControlDecorationSupport.create(b, SWT.TOP | SWT.LEFT);
        return text;
    }

    /** A read-only combo of {@code values} (an EMF enum's literals) bound to {@code attribute}. */
    ComboViewer choice(Composite parent, String label, String tooltip, EObject owner, EAttribute attribute,
            List<?> values) {
        label(parent, label, tooltip);
        ComboViewer viewer = new ComboViewer(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
        viewer.getControl().setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        viewer.getControl().setToolTipText(tooltip);
        viewer.getControl().setData(FIELD, attribute.getName());
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setLabelProvider(new LabelProvider());
        viewer.setInput(values);
        IObservableValue<Object> target = ViewerProperties.singleSelection().observe(viewer);
        context.bindValue(target, new EmfValueProperty(attribute)
                .observe(DisplayRealm.getRealm(viewer.getControl().getDisplay()), owner));
        return viewer;
    }

    /** A check box for a boolean attribute. */
    Button check(Composite parent, String label, String tooltip, EObject owner, EAttribute attribute) {
        new Label(parent, SWT.NONE);
        Button box = new Button(parent, SWT.CHECK);
        box.setText(label);
        box.setToolTipText(tooltip);
        box.setData(FIELD, attribute.getName());
        IObservableValue<Boolean> target = WidgetProperties.buttonSelection().observe(box);
        context.bindValue(target,
                new EmfValueProperty(attribute).observe(DisplayRealm.getRealm(box.getDisplay()), owner));
        return box;
    }

    /** A read-only line of information. */
    static Control info(Composite parent, String label, String value) {
        label(parent, label, null);
        Label l = new Label(parent, SWT.WRAP);
        l.setText(value);
        l.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return l;
    }

    private static void label(Composite parent, String text, String tooltip) {
        Label l = new Label(parent, SWT.NONE);
        l.setText(text);
        l.setToolTipText(tooltip);
    }

    static IStatus validate(String label, Class<?> type, String s, double min, double max) {
        if (type == String.class) {
            return ValidationStatus.ok();
        }
        String t = s.trim().replace("_", "");
        try {
            double v = type == double.class ? Double.parseDouble(t) : Long.parseLong(t);
            if (type == int.class && (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE)) {
                return ValidationStatus.error(label + ": too large");
            }
            if (Double.isNaN(v) || v < min || v > max) {
                return ValidationStatus.error(label + " must be in " + format(min) + " … " + format(max));
            }
            return ValidationStatus.ok();
        } catch (NumberFormatException e) {
            return ValidationStatus.error(label + ": '" + s + "' is not a "
                    + (type == double.class ? "number" : "whole number"));
        }
    }

    static Object parse(Class<?> type, String s) {
        String t = s.trim().replace("_", "");
        if (type == long.class) {
            return Long.parseLong(t);
        }
        if (type == int.class) {
            return Integer.parseInt(t);
        }
        if (type == double.class) {
            return Double.parseDouble(t);
        }
        return s;
    }

    static String format(Object o) {
        if (o instanceof Double d) {
            return d == Math.rint(d) && Math.abs(d) < 1e15
                    ? Long.toString(d.longValue())
                    : String.format(Locale.ROOT, "%s", d);
        }
        return o == null ? "" : o.toString();
    }
}
