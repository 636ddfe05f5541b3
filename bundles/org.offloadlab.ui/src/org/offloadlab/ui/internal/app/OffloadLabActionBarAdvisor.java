package org.offloadlab.ui.internal.app;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/**
 * The menu skeleton and the workbench's own actions (Export…, Exit, Show View, Reset Perspective, About). OffloadLab's
 * commands are contributed in {@code plugin.xml} into the groups made here: {@code menu:file?after=open} and
 * {@code menu:file?after=export}. Export… opens the platform's export wizard selection (OffloadLab's wizards are
 * declared in {@code org.eclipse.ui.exportWizards}); there is no Import… since nothing is imported through a wizard.
 */
final class OffloadLabActionBarAdvisor extends ActionBarAdvisor {

    static final String OPEN_GROUP = "open";
    static final String EXPORT_GROUP = "export";

    private IWorkbenchAction export;
    private IWorkbenchAction quit;
    private IWorkbenchAction about;
    private IWorkbenchAction resetPerspective;
    private IWorkbenchAction preferences;

    OffloadLabActionBarAdvisor(IActionBarConfigurer configurer) {
        super(configurer);
    }

    @Override
    protected void makeActions(IWorkbenchWindow window) {
        export = register(ActionFactory.EXPORT.create(window));
        quit = register(ActionFactory.QUIT.create(window));
        about = register(ActionFactory.ABOUT.create(window));
        resetPerspective = register(ActionFactory.RESET_PERSPECTIVE.create(window));
        preferences = register(ActionFactory.PREFERENCES.create(window));
    }

    private IWorkbenchAction register(IWorkbenchAction action) {
        super.register(action);
        return action;
    }

    @Override
    protected void fillMenuBar(IMenuManager menuBar) {
        IWorkbenchWindow window = getActionBarConfigurer().getWindowConfigurer().getWindow();

        MenuManager file = new MenuManager("&File", IWorkbenchActionConstants.M_FILE);
        file.add(new GroupMarker(IWorkbenchActionConstants.FILE_START));
        file.add(new GroupMarker(OPEN_GROUP));
        // Export… first; the commands contributed after=export follow it in the same section
        file.add(new Separator());
        file.add(export);
        file.add(new GroupMarker(EXPORT_GROUP));
        file.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        file.add(new Separator());
        file.add(quit);
        file.add(new GroupMarker(IWorkbenchActionConstants.FILE_END));

        MenuManager showView = new MenuManager("Show &View", "showView");
        showView.add(ContributionItemFactory.VIEWS_SHORTLIST.create(window));
        MenuManager windowMenu = new MenuManager("&Window", IWorkbenchActionConstants.M_WINDOW);
        windowMenu.add(showView);
        windowMenu.add(new Separator());
        windowMenu.add(resetPerspective);
        windowMenu.add(preferences);
        windowMenu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));

        MenuManager help = new MenuManager("&Help", IWorkbenchActionConstants.M_HELP);
        help.add(new GroupMarker(IWorkbenchActionConstants.HELP_START));
        help.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        help.add(new Separator());
        help.add(about);
        help.add(new GroupMarker(IWorkbenchActionConstants.HELP_END));

        menuBar.add(file);
        menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        menuBar.add(windowMenu);
        menuBar.add(help);
    }
}
