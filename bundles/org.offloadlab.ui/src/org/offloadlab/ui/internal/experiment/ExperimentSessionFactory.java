package org.offloadlab.ui.internal.experiment;

import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.services.AbstractServiceFactory;
import org.eclipse.ui.services.IServiceLocator;

/** Creates the workbench's one {@link ExperimentSession} (same scheme as the capture session's factory). */
public final class ExperimentSessionFactory extends AbstractServiceFactory {

    @Override
    public Object create(Class serviceInterface, IServiceLocator parentLocator,
            IServiceLocator locator) {
        if (!ExperimentSession.class.equals(serviceInterface)
                || parentLocator.getService(ExperimentSession.class) != null) {
            return null;
        }
        return new ExperimentSession(PlatformUI.getWorkbench().getDisplay(), UiPreferences.instance());
    }
}
