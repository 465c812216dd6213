package org.sonobill.cli;

import picocli.CommandLine;

/** Version text for --version. */
final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = SonoBill.class.getPackage().getImplementationVersion();
        return new String[] {"sonobill " + (v == null ? "development build" : v),
                "Java " + System.getProperty("java.version")};
    }
}
