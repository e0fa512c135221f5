package id.sigap.synthetic.internal;

import id.sigap.synthetic.internal.Places.Regency;

/** The agencies that own and investigate the cases of a regency: its UPTD PPA and its police unit. */
interface LocalAgencies {

    long uptd(Regency regency);

    long police(Regency regency);
}
