package io.capbrief.sample;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import io.capbrief.sample.SampleCompany.Profile;

/** An index's shares of each profile, given to its members at W by exact quota so the calibration tests' counts hold by construction. */
record ProfileQuotas(double financialLoss, double loss, double zombie, double negativeForward, double lossWithDebt) {

    static final ProfileQuotas LARGE = new ProfileQuotas(0.02, 0.06, 0.02, 0.015, 0.5);
    static final ProfileQuotas SMALL = new ProfileQuotas(0.10, 0.41, 0.09, 0.12, 0.22);

    /**
     * Sets the profile, debt and reporting flags of every company in {@code pool}: the members at W by quota, the
     * others by drawing with the same odds; {@code noEstimates} members at W get no estimate.
     */
    void assign(List<SampleCompany> pool, int wIndex, Random random, int noEstimates) {
        List<SampleCompany> atW = new ArrayList<>(pool.stream().filter(c -> c.memberAt(wIndex)).toList());
        Collections.shuffle(atW, random);
        List<SampleCompany> financial = atW.stream().filter(SampleCompany::financialSector).toList();
        List<SampleCompany> other = atW.stream().filter(c -> !c.financialSector()).toList();
        int nLossFinancial = (int) Math.round(financial.size() * financialLoss);
        for (int i = 0; i < nLossFinancial; i++) {
            financial.get(i).profile = Profile.LOSS;
        }
        int nZombie = (int) Math.round(other.size() * zombie);
        int nLoss = (int) Math.round(other.size() * loss);
        for (int i = 0; i < nZombie + nLoss; i++) {
            other.get(i).profile = i < nZombie ? Profile.ZOMBIE : Profile.LOSS;
        }
        for (SampleCompany c : pool) {
            if (!c.memberAt(wIndex)) {
                double u = random.nextDouble();
                double lossShare = c.financialSector() ? financialLoss : loss;
                double zombieShare = c.financialSector() ? 0 : zombie;
                c.profile = u < zombieShare ? Profile.ZOMBIE
                        : u < zombieShare + lossShare ? Profile.LOSS : Profile.PROFITABLE;
            }
        }
        List<SampleCompany> losers = atW.stream().filter(c -> c.profile == Profile.LOSS).toList();
        int nNegative = (int) Math.round(atW.size() * negativeForward);
        for (int i = 0; i < Math.min(nNegative, losers.size()); i++) {
            losers.get(i).negativeForward = true;
        }
        for (SampleCompany c : pool) {
            boolean debt = random.nextDouble() < (c.profile == Profile.LOSS ? lossWithDebt
                    : c.profile == Profile.ZOMBIE ? 1.0 : c.largeCap ? 0.92 : 0.85);
            c.hasDebt = debt;
            c.blendOnly = random.nextDouble() < 0.2;
            c.shortTermBorrowings = random.nextDouble() < (c.largeCap ? 0.6 : 0.4);
        }
        for (int i = 0; i < noEstimates; i++) {
            atW.get(atW.size() - 1 - i).noEstimates = true;
        }
    }
}
