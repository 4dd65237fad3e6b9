"""The drafters' lab: what a change of the law would do, and to whom.

reform      a reform overlay applied to the packs: the law before and after it
population  synthetic cases spanning the facts the rules read
witness     for each way each rule can apply, a case under which it does
impact      a population screened under the law before and after a reform
audit       each protected fact flipped in every case: the rules that depend on it
"""
