export type { PhoneNumber } from './number';
export { isPhoneLikeText, isWrittenAsPhone, readPhoneNumber } from './number';
export { effectivePhoneRegion, HOME_PHONE_REGION, isPhoneRegion, PHONE_REGIONS } from './regions';
