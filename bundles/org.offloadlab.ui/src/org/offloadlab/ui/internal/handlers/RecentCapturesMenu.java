package org.offloadlab.ui.internal.handlers;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.swt.SWT;
import org.eclipse.ui.actions.CompoundContributionItem;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;
import org.eclipse.ui.menus.IWorkbenchContribution;
import org.eclipse.ui.services.IServiceLocator;
import org.offloadlab.ui.internal.UiIds;
import org.offloadlab.ui.internal.session.CaptureSession;

/** File ▸ Recent Captures: one Open Capture command per remembered file, rebuilt each time the menu opens. */
public final class RecentCapturesMenu extends CompoundContributionItem implements IWorkbenchContribution {

    private IServiceLocator locator;

    @Override
    public void initialize(IServiceLocator serviceLocator) {
        this.locator = serviceLocator;
    }

    @Override
    protected IContributionItem[] getContributionItems() {
        CaptureSession session = locator == null ? null : locator.getService(CaptureSession.class);
        List<Path> files = session == null ? List.of() : session.recentCaptures().list();
        if (files.isEmpty()) {
            Action none = new Action("(no recent captures)") {
                // a placeholder, never enabled
            };
            none.setEnabled(false);
            return new IContributionItem[]{new ActionContributionItem(none)};
        }
        IContributionItem[] items = new IContributionItem[files.size()];
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            CommandContributionItemParameter item = new CommandContributionItemParameter(locator,
                    UiIds.BUNDLE + ".recent." + i, UiIds.OPEN_CAPTURE_COMMAND, SWT.PUSH);
            item.parameters = Map.of(UiIds.OPEN_CAPTURE_FILE, file.toString());
            Path dir = file.getParent();
            item.label = "&" + (i + 1) + "  " + escape(String.valueOf(file.getFileName()))
                    + (dir == null ? "" : "  —  " + escape(shorten(dir.toString())));
            item.tooltip = file.toString();
            items[i] = new CommandContributionItem(item);
        }
        return items;
    }

    /** Long folders keep their end, which is the part that tells captures apart. */
    private static String shorten(String dir) {
        return dir.length() <= 48 ? dir : "…" + dir.substring(dir.length() - 47);
    }

    /** Menu labels treat {@code &} as a mnemonic marker. */
    private static String escape(String text) {
        return text.replace("&", "&&");
    }
}
