package org.offloadlab.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EContentAdapter;

/**
 * Undo and redo for the experiment editor: a small command stack recorded from the model's own notifications (EMF
 * edit's command stack is not on Maven Central). The editor changes single-valued features only, so an entry is
 * (object, feature, old value, new value). Consecutive changes of the same feature of the same object merge into one
 * entry, so typing a number is undone in one step.
 */
public final class UndoHistory extends EContentAdapter {

    private record Change(EObject object, EStructuralFeature feature, Object oldValue, Object newValue) {
    }

    private final List<Change> changes = new ArrayList<>();
    private final Runnable onChange;
    private int done;
    private int saved;
    private boolean replaying;
    private boolean merge = true;

    /** Records changes of {@code root} and everything it contains; {@code onChange} runs after each change. */
    public UndoHistory(EObject root, Runnable onChange) {
        this.onChange = onChange;
        root.eAdapters().add(this);
    }

    @Override
    public void notifyChanged(Notification n) {
        super.notifyChanged(n);
        if (replaying || n.isTouch() || n.getEventType() != Notification.SET
                || !(n.getFeature() instanceof EStructuralFeature f) || f.isMany()) {
            return;
        }
        EObject object = (EObject) n.getNotifier();
        while (changes.size() > done) {
            changes.remove(changes.size() - 1);
        }
        Change last = done > 0 ? changes.get(done - 1) : null;
        if (merge && last != null && last.object() == object && last.feature() == f && done != saved) {
            changes.set(done - 1, new Change(object, f, last.oldValue(), n.getNewValue()));
        } else {
            changes.add(new Change(object, f, n.getOldValue(), n.getNewValue()));
            done++;
        }
        merge = true;
        onChange.run();
    }

    /** Ends the current merge run: the next change starts a new undo step. */
    public void cut() {
        merge = false;
    }

    public boolean canUndo() {
        return done > 0;
    }

    public boolean canRedo() {
        return done < changes.size();
    }

    public void undo() {
        if (canUndo()) {
            Change c = changes.get(--done);
            replay(c.object(), c.feature(), c.oldValue());
        }
    }

    public void redo() {
        if (canRedo()) {
            Change c = changes.get(done++);
            replay(c.object(), c.feature(), c.newValue());
        }
    }

    /** Whether the model differs from the last {@link #markSaved()}. */
    public boolean isDirty() {
        return done != saved;
    }

    public void markSaved() {
        saved = done;
        merge = false;
        onChange.run();
    }

    private void replay(EObject object, EStructuralFeature feature, Object value) {
        replaying = true;
        try {
            object.eSet(feature, value);
        } finally {
            replaying = false;
            merge = false;
        }
        onChange.run();
    }
}
