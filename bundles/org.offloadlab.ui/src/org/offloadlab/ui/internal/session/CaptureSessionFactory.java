package org.offloadlab.ui.internal.session;

import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.services.AbstractServiceFactory;
import org.eclipse.ui.services.IServiceLocator;
import org.offloadlab.ui.internal.RecentFiles;
import org.osgi.framework.FrameworkUtil;

/**
 * Creates the {@link CaptureSession} for the {@code org.eclipse.ui.services} extension. There is one session for the
 * workbench: a window or part locator gets it from its parent, the top locator creates it (and disposes it at
 * shutdown). Returning {@code null} below the top makes the locator ask its parent without caching the instance, so
 * closing a part cannot dispose the shared session.
 */
public final class CaptureSessionFactory extends AbstractServiceFactory {

    @Override
    public Object create(Class serviceInterface, IServiceLocator parentLocator,
            IServiceLocator locator) {
        if (!CaptureSession.class.equals(serviceInterface)
                || parentLocator.getService(CaptureSession.class) != null) {
            return null;
        }
        return new CaptureSession(PlatformUI.getWorkbench().getDisplay(),
                new AnalyzerSource(FrameworkUtil.getBundle(CaptureSession.class).getBundleContext()),
                RecentFiles.captures());
    }
}
