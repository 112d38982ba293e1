package io.capbrief.cli;

import picocli.CommandLine.IVersionProvider;

/** Reports the version Maven wrote into the jar's manifest. */
class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = CapbriefCommand.class.getPackage().getImplementationVersion();
        return new String[] {"capbrief " + (version == null ? "(development build)" : version)};
    }
}
