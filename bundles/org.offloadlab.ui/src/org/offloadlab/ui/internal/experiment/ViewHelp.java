package org.offloadlab.ui.internal.experiment;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.PlatformUI;

/**
 * The "?" button of each experiment view: a short description of what the view shows and how to use it (the product has
 * no help system; docs/USER-GUIDE.md has the long form).
 */
public final class ViewHelp extends Action {

    private final IViewPart view;
    private final String text;

    private ViewHelp(IViewPart view, String text) {
        super("Help");
        this.view = view;
        this.text = text;
        setToolTipText("What this view shows");
        setImageDescriptor(PlatformUI.getWorkbench().getSharedImages()
                .getImageDescriptor(ISharedImages.IMG_LCL_LINKTO_HELP));
    }

    /** Adds the help button with {@code text} to {@code view}'s tool bar. */
    public static void install(IViewPart view, String text) {
        view.getViewSite().getActionBars().getToolBarManager().add(new ViewHelp(view, text));
    }

    /** The help text (tests check every view has one). */
    public String text() {
        return text;
    }

    @Override
    public void run() {
        MessageDialog.openInformation(view.getSite().getShell(), view.getTitle(), text);
    }
}
