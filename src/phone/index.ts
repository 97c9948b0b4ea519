export type { PhoneNumber } from './number';
export { isPhoneLikeText, isWrittenAsPhone, readPhoneNumber } from './number';
export { effectivePhoneRegion, HOME_PHONE_REGION, isPhoneRegion, phoneRegions } from './regions';
export type { PhoneCall, PhoneCallSettings } from './call';
export { phoneCallFor } from './call';
